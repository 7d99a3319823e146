/// ``PlanStore`` over the in-memory tables.
struct InMemoryPlanStore: PlanStore {
    let transaction: InMemoryTransaction
    private var db: InMemoryDatabase { transaction.database }

    func plan(_ id: Plan.ID) throws -> Plan? { db.plans[id] }

    func plans(matching query: PlanQuery) throws -> [Plan] {
        let candidates: [Plan]
        if let client = query.client {
            candidates = db.plans.rows(withIndexKey: "client:" + client.rawValue)
        } else if let household = query.household {
            candidates = db.plans.rows(withIndexKey: "household:" + household.rawValue)
        } else {
            candidates = db.plans.all
        }
        return candidates.filter(query.matches).sorted(by: PlanQuery.precedes)
    }

    func insert(_ plan: Plan) throws {
        try transaction.change(\.plans) { try $0.insert(plan) }
    }

    func update(_ plan: Plan) throws {
        try transaction.change(\.plans) { try $0.update(plan) }
    }

    func delete(_ id: Plan.ID) throws {
        try transaction.change(\.plans) { try $0.remove(id) }
    }
}
