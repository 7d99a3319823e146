import Buurtkracht

/// Clients in the `client` table; their external identifiers in `client_external_id` (see
/// ``ExternalIDTable``), whose unique (system, value) index the importer relies on.
enum ClientTable: TableMapping {
    static let sql = TableSQL(
        table: "client",
        columns: ["id", "given_names", "name_prefix", "family_name", "birth_date", "gender", "bsn_lookup", "bsn_sealed", "household_id"]
            + AddressColumns.names()
            + ["referral_source", "problem_areas", "has_forensic_title", "status", "merged_into", "registered_at"]
    )
    static let kind = RecordKind.client
    static let hasChildren = true

    static func key(of client: Client) -> String { client.id.rawValue }

    static func bind(_ client: Client, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) throws {
        binder.bind(client.id)
        binder.bind(client.name.givenNames)
        binder.bind(client.name.prefix)
        binder.bind(client.name.familyName)
        binder.bind(client.birthDate?.description)
        binder.bind(client.gender)
        try BSNColumn.bind(client.bsn, to: &binder, in: transaction)
        binder.bind(client.household)
        AddressColumns.bind(client.address, to: &binder)
        binder.bind(client.referralSource)
        binder.bind(ListColumn.text(client.problemAreas))
        binder.bind(client.hasForensicTitle)
        binder.bind(client.status)
        binder.bind(client.mergedInto)
        binder.bind(client.registeredAt)
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> Client {
        let id = Client.ID(try reader.key())
        var client = Client(
            id: id,
            name: PersonName(givenNames: try reader.optionalText(), prefix: try reader.optionalText(), familyName: try reader.text()),
            birthDate: try reader.optionalValidated { try CalendarDate(iso8601: $0) },
            gender: try reader.optionalValue(),
            bsn: try BSNColumn.read(&reader, in: transaction),
            household: try reader.optionalID(),
            address: try AddressColumns.read(&reader),
            referralSource: try reader.optionalValue(),
            problemAreas: try ListColumn.read(&reader),
            hasForensicTitle: try reader.bool(),
            status: try reader.value(),
            mergedInto: try reader.optionalID(),
            registeredAt: try reader.date()
        )
        client.externalIDs = try ExternalIDTable.read(of: id, in: transaction)
        return client
    }

    static func writeChildren(of client: Client, in transaction: SQLiteTransaction, replacing: Bool) throws {
        try ExternalIDTable.write(client.externalIDs, of: client, in: transaction, replacing: replacing)
    }
}
