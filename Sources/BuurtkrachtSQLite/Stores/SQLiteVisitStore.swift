import Buurtkracht

/// ``Buurtkracht/VisitStore`` on the `visit` table.
struct SQLiteVisitStore: VisitStore {
    let transaction: SQLiteTransaction
    private var table: RecordTable<VisitTable> { transaction.table(VisitTable.self) }

    func visit(_ id: Visit.ID) throws -> Visit? {
        try table.find(id.rawValue)
    }

    func visits(matching query: VisitQuery) throws -> [Visit] {
        var filter = SQLFilter()
        filter.equals("client_id", query.client)
        filter.equals("household_id", query.household)
        filter.equals("signal_id", query.signal)
        filter.equals("neighbourhood", query.neighbourhood)
        filter.atOrAfter("at", query.from)
        filter.before("at", query.before)
        return try table.fetch(filter, orderBy: VisitTable.order)
    }

    func insert(_ visit: Visit) throws {
        try table.insert(visit)
    }

    func update(_ visit: Visit) throws {
        try table.update(visit)
    }

    func delete(_ id: Visit.ID) throws {
        try table.delete(id.rawValue)
    }
}
