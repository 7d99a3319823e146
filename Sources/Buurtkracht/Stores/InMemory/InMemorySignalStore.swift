/// ``SignalStore`` and ``VisitStore`` over the in-memory tables.
struct InMemorySignalStore: SignalStore {
    let transaction: InMemoryTransaction
    private var db: InMemoryDatabase { transaction.database }

    func signal(_ id: Signal.ID) throws -> Signal? { db.signals[id] }

    func signals(matching query: SignalQuery) throws -> [Signal] {
        let candidates: [Signal]
        if let neighbourhood = query.neighbourhood {
            candidates = db.signals.rows(withIndexKey: "neighbourhood:" + neighbourhood.rawValue)
        } else if let client = query.client {
            candidates = db.signals.rows(withIndexKey: "client:" + client.rawValue)
        } else {
            candidates = db.signals.all
        }
        return candidates.filter(query.matches).sorted(by: SignalQuery.precedes).limited(to: query.limit)
    }

    func insert(_ signal: Signal) throws {
        try transaction.change(\.signals) { try $0.insert(signal) }
    }

    func update(_ signal: Signal) throws {
        try transaction.change(\.signals) { try $0.update(signal) }
    }

    func delete(_ id: Signal.ID) throws {
        try transaction.change(\.signals) { try $0.remove(id) }
    }
}

struct InMemoryVisitStore: VisitStore {
    let transaction: InMemoryTransaction
    private var db: InMemoryDatabase { transaction.database }

    func visit(_ id: Visit.ID) throws -> Visit? { db.visits[id] }

    func visits(matching query: VisitQuery) throws -> [Visit] {
        db.visits.all.filter(query.matches).sorted(by: VisitQuery.precedes)
    }

    func insert(_ visit: Visit) throws {
        try transaction.change(\.visits) { try $0.insert(visit) }
    }

    func update(_ visit: Visit) throws {
        try transaction.change(\.visits) { try $0.update(visit) }
    }

    func delete(_ id: Visit.ID) throws {
        try transaction.change(\.visits) { try $0.remove(id) }
    }
}
