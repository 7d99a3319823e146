import Buurtkracht

/// ``Buurtkracht/ClientStore`` on the `client` table: BSN, external id and household look-ups
/// are index look-ups; areas are ranges on the neighbourhood code.
struct SQLiteClientStore: ClientStore {
    let transaction: SQLiteTransaction
    private var table: RecordTable<ClientTable> { transaction.table(ClientTable.self) }

    func client(_ id: Client.ID) throws -> Client? {
        try table.find(id.rawValue)
    }

    func clients(matching query: ClientQuery) throws -> [Client] {
        var filter = SQLFilter()
        if let bsn = query.bsn {
            filter.add("bsn_token = ?", .text(try BSNColumn.lookupValue(for: bsn, in: transaction)))
        }
        if let external = query.externalID {
            filter.add(
                "id IN (SELECT client_id FROM client_external_id WHERE system = ? AND value = ?)",
                .text(external.system), .text(external.value)
            )
        }
        filter.equals("household_id", query.household)
        filter.within("address_neighbourhood", query.area)
        filter.equals("birth_date", query.birthDate?.description)
        filter.equals("postcode", query.postcode?.rawValue)
        filter.amongCases("status", query.statuses)
        return try table.fetch(filter, orderBy: "id", limit: query.limit)
    }

    func insert(_ client: Client) throws {
        try table.insert(client)
    }

    func update(_ client: Client) throws {
        try table.update(client)
    }

    func delete(_ id: Client.ID) throws {
        try table.delete(id.rawValue)
    }
}
