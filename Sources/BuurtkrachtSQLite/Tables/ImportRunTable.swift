import Buurtkracht

/// Import runs in the `import_run` table; the checkpoint and the counts in columns of their own.
enum ImportRunTable: TableMapping {
    static let sql = TableSQL(
        table: "import_run",
        columns: [
            "id", "source_system", "file_name", "file_fingerprint", "started_by", "started_at", "finished_at", "status",
            "checkpoint_row", "checkpoint_byte_offset",
            "read_count", "created_count", "updated_count", "unchanged_count", "rejected_count",
        ]
    )
    static let kind = RecordKind.importRun

    static func key(of run: ImportRun) -> String { run.id.rawValue }

    static func bind(_ run: ImportRun, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) {
        binder.bind(run.id)
        binder.bind(run.sourceSystem)
        binder.bind(run.fileName)
        binder.bind(run.fileFingerprint)
        binder.bind(run.startedBy)
        binder.bind(run.startedAt)
        binder.bind(run.finishedAt)
        binder.bind(run.status)
        binder.bind(run.checkpoint?.row)
        binder.bind(run.checkpoint?.byteOffset)
        binder.bind(run.counts.read)
        binder.bind(run.counts.created)
        binder.bind(run.counts.updated)
        binder.bind(run.counts.unchanged)
        binder.bind(run.counts.rejected)
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> ImportRun {
        var run = ImportRun(
            id: ImportRun.ID(try reader.key()), sourceSystem: try reader.text(), fileName: try reader.text(),
            fileFingerprint: try reader.text(), startedBy: try reader.id(), startedAt: try reader.date()
        )
        run.finishedAt = try reader.optionalDate()
        run.status = try reader.value()
        if let row = try reader.optionalInt() {
            run.checkpoint = ImportRun.Checkpoint(row: row, byteOffset: try reader.integer())
        } else {
            reader.skip()
        }
        run.counts = ImportRun.Counts(
            read: try reader.int(), created: try reader.int(), updated: try reader.int(), unchanged: try reader.int(),
            rejected: try reader.int()
        )
        return run
    }
}
