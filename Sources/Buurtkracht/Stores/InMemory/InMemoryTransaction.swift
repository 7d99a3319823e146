/// One unit of work on an ``InMemoryDatabase``; the aggregate stores are views on its tables.
final class InMemoryTransaction: StorageTransaction {
    let database: InMemoryDatabase
    let isReadOnly: Bool

    init(database: InMemoryDatabase, isReadOnly: Bool) {
        self.database = database
        self.isReadOnly = isReadOnly
    }

    /// Changes one table, or throws when the transaction is read-only.
    func change<Key, Row>(
        _ table: ReferenceWritableKeyPath<InMemoryDatabase, Table<Key, Row>>,
        _ body: (inout Table<Key, Row>) throws -> Void
    ) throws {
        if isReadOnly { throw BuurtkrachtError.readOnlyTransaction }
        try body(&database[keyPath: table])
    }

    var clients: any ClientStore { InMemoryClientStore(transaction: self) }
    var households: any HouseholdStore { InMemoryHouseholdStore(transaction: self) }
    var signals: any SignalStore { InMemorySignalStore(transaction: self) }
    var visits: any VisitStore { InMemoryVisitStore(transaction: self) }
    var plans: any PlanStore { InMemoryPlanStore(transaction: self) }
    var network: any NetworkStore { InMemoryNetworkStore(transaction: self) }
    var groups: any GroupStore { InMemoryGroupStore(transaction: self) }
    var referrals: any ReferralStore { InMemoryReferralStore(transaction: self) }
    var duplicates: any DuplicateStore { InMemoryDuplicateStore(transaction: self) }
    var directory: any DirectoryStore { InMemoryDirectoryStore(transaction: self) }
    var consents: any ConsentStore { InMemoryConsentStore(transaction: self) }
    var audit: any AuditLog { InMemoryAuditLog(transaction: self) }
    var imports: any ImportLedger { InMemoryImportLedger(transaction: self) }
}

extension Array {
    /// The first `limit` elements, or all when `limit` is nil.
    func limited(to limit: Int?) -> [Element] {
        guard let limit else { return self }
        return Array(prefix(Swift.max(0, limit)))
    }
}
