import Buurtkracht

/// ``Buurtkracht/PlanStore`` on the `plan` table.
struct SQLitePlanStore: PlanStore {
    let transaction: SQLiteTransaction
    private var table: RecordTable<PlanTable> { transaction.table(PlanTable.self) }

    func plan(_ id: Plan.ID) throws -> Plan? {
        try table.find(id.rawValue)
    }

    func plans(matching query: PlanQuery) throws -> [Plan] {
        var filter = SQLFilter()
        filter.equals("client_id", query.client)
        filter.equals("household_id", query.household)
        filter.equals("coordinator_id", query.coordinator)
        filter.equals("neighbourhood", query.neighbourhood)
        filter.amongCases("phase", query.phases)
        filter.before("started_at", query.startedBefore)
        return try table.fetch(filter, orderBy: PlanTable.order)
    }

    func insert(_ plan: Plan) throws {
        try table.insert(plan)
    }

    func update(_ plan: Plan) throws {
        try table.update(plan)
    }

    func delete(_ id: Plan.ID) throws {
        try table.delete(id.rawValue)
    }
}
