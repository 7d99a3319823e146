/// ``DirectoryStore`` and ``ConsentStore`` over the in-memory tables.
struct InMemoryDirectoryStore: DirectoryStore {
    let transaction: InMemoryTransaction
    private var db: InMemoryDatabase { transaction.database }

    func partner(_ id: Partner.ID) throws -> Partner? { db.partners[id] }

    func partners() throws -> [Partner] { db.partners.all }

    func insert(_ partner: Partner) throws {
        try transaction.change(\.partners) { try $0.insert(partner) }
    }

    func update(_ partner: Partner) throws {
        try transaction.change(\.partners) { try $0.update(partner) }
    }

    func professional(_ id: Professional.ID) throws -> Professional? { db.professionals[id] }

    func professionals(of partner: Partner.ID?) throws -> [Professional] {
        db.professionals.all.filter { partner == nil || $0.partner == partner }
    }

    func insert(_ professional: Professional) throws {
        try transaction.change(\.professionals) { try $0.insert(professional) }
    }

    func update(_ professional: Professional) throws {
        try transaction.change(\.professionals) { try $0.update(professional) }
    }

    func accessToken(hash: String) throws -> AccessToken? {
        db.accessTokens.rows(withIndexKey: "hash:" + hash).first
    }

    func accessTokens(of professional: Professional.ID) throws -> [AccessToken] {
        db.accessTokens.all.filter { $0.professional == professional }
    }

    func insert(_ token: AccessToken) throws {
        try transaction.change(\.accessTokens) { try $0.insert(token) }
    }

    func update(_ token: AccessToken) throws {
        try transaction.change(\.accessTokens) { try $0.update(token) }
    }
}

struct InMemoryConsentStore: ConsentStore {
    let transaction: InMemoryTransaction
    private var db: InMemoryDatabase { transaction.database }

    func consent(_ id: Consent.ID) throws -> Consent? { db.consents[id] }

    func consents(matching query: ConsentQuery) throws -> [Consent] {
        let candidates = query.client.map { db.consents.rows(withIndexKey: "client:" + $0.rawValue) } ?? db.consents.all
        return candidates.filter(query.matches)
    }

    func insert(_ consent: Consent) throws {
        try transaction.change(\.consents) { try $0.insert(consent) }
    }

    func update(_ consent: Consent) throws {
        try transaction.change(\.consents) { try $0.update(consent) }
    }

    func delete(_ id: Consent.ID) throws {
        try transaction.change(\.consents) { try $0.remove(id) }
    }

    func grant(_ id: BreakGlassGrant.ID) throws -> BreakGlassGrant? { db.grants[id] }

    func grants(matching query: BreakGlassQuery) throws -> [BreakGlassGrant] {
        db.grants.all.filter(query.matches).sorted(by: BreakGlassQuery.precedes)
    }

    func insert(_ grant: BreakGlassGrant) throws {
        try transaction.change(\.grants) { try $0.insert(grant) }
    }

    func update(_ grant: BreakGlassGrant) throws {
        try transaction.change(\.grants) { try $0.update(grant) }
    }

    func delete(_ id: BreakGlassGrant.ID) throws {
        try transaction.change(\.grants) { try $0.remove(id) }
    }
}
