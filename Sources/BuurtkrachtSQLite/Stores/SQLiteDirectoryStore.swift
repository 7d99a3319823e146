import Buurtkracht

/// ``Buurtkracht/DirectoryStore`` on the `partner`, `professional` and `access_token` tables.
struct SQLiteDirectoryStore: DirectoryStore {
    let transaction: SQLiteTransaction
    private var partnerTable: RecordTable<PartnerTable> { transaction.table(PartnerTable.self) }
    private var professionalTable: RecordTable<ProfessionalTable> { transaction.table(ProfessionalTable.self) }
    private var tokenTable: RecordTable<AccessTokenTable> { transaction.table(AccessTokenTable.self) }

    func partner(_ id: Partner.ID) throws -> Partner? {
        try partnerTable.find(id.rawValue)
    }

    func partners() throws -> [Partner] {
        try partnerTable.fetch(orderBy: "id")
    }

    func insert(_ partner: Partner) throws {
        try partnerTable.insert(partner)
    }

    func update(_ partner: Partner) throws {
        try partnerTable.update(partner)
    }

    func professional(_ id: Professional.ID) throws -> Professional? {
        try professionalTable.find(id.rawValue)
    }

    func professionals(of partner: Partner.ID?) throws -> [Professional] {
        var filter = SQLFilter()
        filter.equals("partner_id", partner)
        return try professionalTable.fetch(filter, orderBy: "id")
    }

    func insert(_ professional: Professional) throws {
        try professionalTable.insert(professional)
    }

    func update(_ professional: Professional) throws {
        try professionalTable.update(professional)
    }

    func accessToken(hash: String) throws -> AccessToken? {
        var filter = SQLFilter()
        filter.equals("hash", hash)
        return try tokenTable.fetch(filter, orderBy: "id", limit: 1).first
    }

    func accessTokens(of professional: Professional.ID) throws -> [AccessToken] {
        var filter = SQLFilter()
        filter.equals("professional_id", professional)
        return try tokenTable.fetch(filter, orderBy: "id")
    }

    func insert(_ token: AccessToken) throws {
        try tokenTable.insert(token)
    }

    func update(_ token: AccessToken) throws {
        try tokenTable.update(token)
    }
}
