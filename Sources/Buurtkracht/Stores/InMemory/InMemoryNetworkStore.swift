/// ``NetworkStore`` over the in-memory tables.
struct InMemoryNetworkStore: NetworkStore {
    let transaction: InMemoryTransaction
    private var db: InMemoryDatabase { transaction.database }

    func tie(_ id: Tie.ID) throws -> Tie? { db.ties[id] }

    func ties(matching query: TieQuery) throws -> [Tie] {
        guard let clients = query.clients else { return db.ties.all.filter(query.matches) }
        return clients.sorted()
            .flatMap { db.ties.rows(withIndexKey: "client:" + $0.rawValue) }
            .filter(query.matches)
            .sorted { $0.id < $1.id }
    }

    func insert(_ tie: Tie) throws {
        try transaction.change(\.ties) { try $0.insert(tie) }
    }

    func update(_ tie: Tie) throws {
        try transaction.change(\.ties) { try $0.update(tie) }
    }

    func delete(_ id: Tie.ID) throws {
        try transaction.change(\.ties) { try $0.remove(id) }
    }

    func volunteer(_ id: Volunteer.ID) throws -> Volunteer? { db.volunteers[id] }

    func volunteers(matching query: VolunteerQuery) throws -> [Volunteer] {
        db.volunteers.all.filter(query.matches)
    }

    func insert(_ volunteer: Volunteer) throws {
        try transaction.change(\.volunteers) { try $0.insert(volunteer) }
    }

    func update(_ volunteer: Volunteer) throws {
        try transaction.change(\.volunteers) { try $0.update(volunteer) }
    }

    func delete(_ id: Volunteer.ID) throws {
        try transaction.change(\.volunteers) { try $0.remove(id) }
    }
}
