import Buurtkracht

/// Consents in the `consent` table.
enum ConsentTable: TableMapping {
    static let sql = TableSQL(
        table: "consent",
        columns: ["id", "client_id", "partner_id", "purpose", "basis", "valid_from", "valid_until", "withdrawn_at", "recorded_by"]
    )
    static let kind = RecordKind.consent

    static func key(of consent: Consent) -> String { consent.id.rawValue }

    static func bind(_ consent: Consent, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) {
        binder.bind(consent.id)
        binder.bind(consent.client)
        binder.bind(consent.partner)
        binder.bind(consent.purpose)
        binder.bind(consent.basis)
        binder.bind(consent.validFrom)
        binder.bind(consent.validUntil)
        binder.bind(consent.withdrawnAt)
        binder.bind(consent.recordedBy)
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> Consent {
        Consent(
            id: Consent.ID(try reader.key()), client: try reader.id(), partner: try reader.id(), purpose: try reader.value(),
            basis: try reader.value(), validFrom: try reader.date(), validUntil: try reader.optionalDate(),
            withdrawnAt: try reader.optionalDate(), recordedBy: try reader.id()
        )
    }
}
