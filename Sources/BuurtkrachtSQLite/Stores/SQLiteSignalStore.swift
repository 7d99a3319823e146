import Buurtkracht

/// ``Buurtkracht/SignalStore`` on the `signal` table. The triage queue's queries (a
/// neighbourhood's open signals, and those observed since a moment) and the report's (a
/// neighbourhood's signals reported in a period) each run on an index of their own.
struct SQLiteSignalStore: SignalStore {
    let transaction: SQLiteTransaction
    private var table: RecordTable<SignalTable> { transaction.table(SignalTable.self) }

    func signal(_ id: Signal.ID) throws -> Signal? {
        try table.find(id.rawValue)
    }

    func signals(matching query: SignalQuery) throws -> [Signal] {
        var filter = SQLFilter()
        filter.equals("neighbourhood", query.neighbourhood)
        filter.amongCases("status", query.statuses)
        filter.amongCases("category", query.categories)
        filter.equals("client_id", query.client)
        filter.equals("household_id", query.household)
        filter.equals("address_key", query.addressKey)
        filter.atOrAfter("observed_at", query.observedFrom)
        filter.before("observed_at", query.observedBefore)
        filter.atOrAfter("reported_at", query.reportedFrom)
        filter.before("reported_at", query.reportedBefore)
        return try table.fetch(filter, orderBy: SignalTable.order, limit: query.limit)
    }

    func insert(_ signal: Signal) throws {
        try table.insert(signal)
    }

    /// Adds the signals through one prepared statement in one savepoint: all or none.
    ///
    /// The batch is written in neighbourhood order, then by report time, so that the
    /// neighbourhood indexes take each neighbourhood's signals one after the other instead of
    /// jumping between hundreds of places in the index; the stored result is the same.
    func insert(contentsOf signals: [Signal]) throws {
        let ordered = signals.sorted { lhs, rhs in
            (lhs.neighbourhood.rawValue, lhs.reportedAt) < (rhs.neighbourhood.rawValue, rhs.reportedAt)
        }
        try table.insert(contentsOf: ordered)
    }

    func update(_ signal: Signal) throws {
        try table.update(signal)
    }

    func delete(_ id: Signal.ID) throws {
        try table.delete(id.rawValue)
    }
}
