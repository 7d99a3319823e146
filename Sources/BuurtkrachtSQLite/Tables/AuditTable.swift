import Buurtkracht

/// The audit trail in the `audit_entry` table, keyed by sequence (SQLite's rowid); entries
/// are stored exactly as they arrive, digests included, and triggers refuse any change.
enum AuditTable {
    /// The table's name.
    static let table = "audit_entry"
    /// The columns in bind and read order.
    static let columns = [
        "sequence", "id", "at", "actor_id", "partner_id", "role", "purpose", "action", "record_kind", "record_id",
        "subject_id", "outcome", "basis", "detail", "commitment", "is_pseudonymised", "previous_digest", "digest",
    ]
    /// Adds an entry.
    static let insert = "INSERT INTO audit_entry (\(columns.joined(separator: ", "))) VALUES ("
        + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    /// `SELECT <columns> FROM audit_entry`.
    static let select = "SELECT \(columns.joined(separator: ", ")) FROM audit_entry"

    /// Binds every column of `entry`.
    static func bind(_ entry: AuditEntry, to binder: inout ParameterBinder) {
        binder.bind(entry.sequence)
        binder.bind(entry.id)
        binder.bind(entry.at)
        binder.bind(entry.actor)
        binder.bind(entry.partner)
        binder.bind(entry.role)
        binder.bind(entry.purpose)
        binder.bind(entry.action)
        binder.bind(entry.record.kind)
        binder.bind(entry.record.id)
        binder.bind(entry.subject)
        binder.bind(entry.outcome)
        binder.bind(entry.basis)
        binder.bind(entry.detail)
        binder.bind(entry.commitment)
        binder.bind(entry.isPseudonymised)
        binder.bind(entry.previousDigest)
        binder.bind(entry.digest)
    }

    /// Reads an entry.
    static func read(_ reader: inout ColumnReader) throws(BuurtkrachtError) -> AuditEntry {
        let sequence = try reader.integer()
        let id = AuditEntry.ID(try reader.key())
        let at = try reader.date()
        let context = AccessContext(
            professional: try reader.id(), partner: try reader.id(), role: try reader.value(), purpose: try reader.value()
        )
        return AuditEntry(
            id: id, sequence: sequence, at: at, context: context, action: try reader.value(),
            record: RecordReference(kind: try reader.value(), id: try reader.text()), subject: try reader.optionalID(),
            outcome: try reader.value(), basis: try reader.optionalValue(), detail: try reader.optionalText(),
            commitment: try reader.optionalText(), isPseudonymised: try reader.bool(),
            previousDigest: try reader.optionalText(), digest: try reader.optionalText()
        )
    }
}
