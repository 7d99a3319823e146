/// ``ClientStore`` and ``HouseholdStore`` over the in-memory tables.
struct InMemoryClientStore: ClientStore {
    let transaction: InMemoryTransaction
    private var db: InMemoryDatabase { transaction.database }

    func client(_ id: Client.ID) throws -> Client? { db.clients[id] }

    func clients(matching query: ClientQuery) throws -> [Client] {
        let candidates: [Client]
        if let bsn = query.bsn {
            candidates = db.clients.rows(withIndexKey: "bsn:" + bsn.digits)
        } else if let external = query.externalID {
            candidates = db.clients.rows(withIndexKey: "externalID:\(external.system)|\(external.value)")
        } else if let household = query.household {
            candidates = db.clients.rows(withIndexKey: "household:" + household.rawValue)
        } else if let birthDate = query.birthDate, let postcode = query.postcode {
            candidates = db.clients.rows(withIndexKey: "born:\(birthDate)|\(postcode.rawValue)")
        } else {
            candidates = db.clients.all
        }
        return candidates.filter(query.matches).limited(to: query.limit)
    }

    func insert(_ client: Client) throws {
        try transaction.change(\.clients) { try $0.insert(client) }
    }

    func update(_ client: Client) throws {
        try transaction.change(\.clients) { try $0.update(client) }
    }

    func delete(_ id: Client.ID) throws {
        try transaction.change(\.clients) { try $0.remove(id) }
    }
}

struct InMemoryHouseholdStore: HouseholdStore {
    let transaction: InMemoryTransaction
    private var db: InMemoryDatabase { transaction.database }

    func household(_ id: Household.ID) throws -> Household? { db.households[id] }

    func insert(_ household: Household) throws {
        try transaction.change(\.households) { try $0.insert(household) }
    }

    func update(_ household: Household) throws {
        try transaction.change(\.households) { try $0.update(household) }
    }

    func delete(_ id: Household.ID) throws {
        try transaction.change(\.households) { try $0.remove(id) }
    }
}
