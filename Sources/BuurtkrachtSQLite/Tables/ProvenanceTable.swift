import Buurtkracht

/// The provenance of imported records in the `import_provenance` table, one row per run and
/// record, found by record and by (source system, legacy id).
enum ProvenanceTable {
    /// The table's name.
    static let table = "import_provenance"
    /// The columns in bind and read order.
    static let columns = [
        "run_id", "record_kind", "record_id", "source_system", "legacy_id", "file_name", "row", "change", "previous_version",
    ]
    /// Adds a record's provenance.
    static let insert = "INSERT INTO import_provenance (\(columns.joined(separator: ", "))) VALUES ("
        + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    /// `SELECT <columns> FROM import_provenance`.
    static let select = "SELECT \(columns.joined(separator: ", ")) FROM import_provenance"
    /// Removes the provenance of one record.
    static let deleteForRecord = "DELETE FROM import_provenance WHERE record_kind = ? AND record_id = ?"
    /// Run, then row, then record: the ledger's order.
    static let order = "run_id, row, record_kind, record_id"

    /// Binds every column of `provenance`.
    static func bind(_ provenance: ImportProvenance, to binder: inout ParameterBinder) {
        binder.bind(provenance.run)
        binder.bind(provenance.record.kind)
        binder.bind(provenance.record.id)
        binder.bind(provenance.sourceSystem)
        binder.bind(provenance.legacyID)
        binder.bind(provenance.fileName)
        binder.bind(provenance.row)
        binder.bind(provenance.change)
        binder.bind(provenance.previousVersion)
    }

    /// Reads a record's provenance.
    static func read(_ reader: inout ColumnReader) throws(BuurtkrachtError) -> ImportProvenance {
        ImportProvenance(
            run: try reader.id(), record: RecordReference(kind: try reader.value(), id: try reader.key()),
            sourceSystem: try reader.text(), legacyID: try reader.text(), fileName: try reader.text(), row: try reader.int(),
            change: try reader.value(), previousVersion: try reader.optionalData()
        )
    }
}
