import Buurtkracht

/// ``Buurtkracht/ConsentStore`` on the `consent` and `break_glass_grant` tables.
struct SQLiteConsentStore: ConsentStore {
    let transaction: SQLiteTransaction
    private var consentTable: RecordTable<ConsentTable> { transaction.table(ConsentTable.self) }
    private var grantTable: RecordTable<GrantTable> { transaction.table(GrantTable.self) }

    func consent(_ id: Consent.ID) throws -> Consent? {
        try consentTable.find(id.rawValue)
    }

    func consents(matching query: ConsentQuery) throws -> [Consent] {
        var filter = SQLFilter()
        filter.equals("client_id", query.client)
        filter.equals("partner_id", query.partner)
        filter.equals("purpose", query.purpose)
        return try consentTable.fetch(filter, orderBy: "id")
    }

    func insert(_ consent: Consent) throws {
        try consentTable.insert(consent)
    }

    func update(_ consent: Consent) throws {
        try consentTable.update(consent)
    }

    func delete(_ id: Consent.ID) throws {
        try consentTable.delete(id.rawValue)
    }

    func grant(_ id: BreakGlassGrant.ID) throws -> BreakGlassGrant? {
        try grantTable.find(id.rawValue)
    }

    func grants(matching query: BreakGlassQuery) throws -> [BreakGlassGrant] {
        var filter = SQLFilter()
        filter.equals("client_id", query.client)
        filter.equals("professional_id", query.professional)
        if query.unreviewedOnly { filter.add("review_by IS NULL") }
        filter.atOrAfter("granted_at", query.grantedFrom)
        return try grantTable.fetch(filter, orderBy: GrantTable.order)
    }

    func insert(_ grant: BreakGlassGrant) throws {
        try grantTable.insert(grant)
    }

    func update(_ grant: BreakGlassGrant) throws {
        try grantTable.update(grant)
    }

    func delete(_ id: BreakGlassGrant.ID) throws {
        try grantTable.delete(id.rawValue)
    }
}
