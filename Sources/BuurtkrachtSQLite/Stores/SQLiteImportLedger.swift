import Buurtkracht

/// ``Buurtkracht/ImportLedger`` on the `import_run` and `import_provenance` tables; provenance
/// is found by record and by (source system, legacy id) through indexes.
struct SQLiteImportLedger: ImportLedger {
    let transaction: SQLiteTransaction
    private var runTable: RecordTable<ImportRunTable> { transaction.table(ImportRunTable.self) }

    func run(_ id: ImportRun.ID) throws -> ImportRun? {
        try runTable.find(id.rawValue)
    }

    func runs() throws -> [ImportRun] {
        try runTable.fetch(orderBy: "started_at, id")
    }

    func insert(_ run: ImportRun) throws {
        try runTable.insert(run)
    }

    func update(_ run: ImportRun) throws {
        try runTable.update(run)
    }

    func record(_ provenance: [ImportProvenance]) throws {
        try transaction.requireWritable()
        try transaction.atomically(provenance.count > 1) {
            for item in provenance {
                let conflict = { BuurtkrachtError.alreadyExists(.importRun, id: "\(item.run)|\(item.record)") }
                try transaction.run(ProvenanceTable.insert, table: ProvenanceTable.table, conflict: conflict) { binder in
                    ProvenanceTable.bind(item, to: &binder)
                }
            }
        }
    }

    /// Provenance by its query. A set of legacy ids is looked up 512 at a time, in padded
    /// `IN` lists (see ``Swift/Array/paddedChunks(_:)``), and the parts merged in ledger order.
    func provenance(matching query: ProvenanceQuery) throws -> [ImportProvenance] {
        guard let legacyIDs = query.legacyIDs, !legacyIDs.isEmpty else { return try provenance(matching: query, legacyIDs: nil) }
        var found: [ImportProvenance] = []
        for part in legacyIDs.sorted().paddedChunks(512) { found += try provenance(matching: query, legacyIDs: part) }
        return found.sorted {
            ($0.run.rawValue, $0.row, $0.record.kind.rawValue, $0.record.id) < ($1.run.rawValue, $1.row, $1.record.kind.rawValue, $1.record.id)
        }
    }

    private func provenance(matching query: ProvenanceQuery, legacyIDs: [String]?) throws -> [ImportProvenance] {
        var filter = SQLFilter()
        filter.equals("run_id", query.run)
        if let record = query.record {
            filter.add("record_kind = ? AND record_id = ?", .text(record.kind.rawValue), .text(record.id))
        }
        filter.equals("source_system", query.sourceSystem)
        filter.equals("legacy_id", query.legacyID)
        if let legacyIDs {
            filter.add("legacy_id IN (\(SQLFilter.placeholders(legacyIDs.count)))", values: legacyIDs.map { .text($0) })
        } else if query.legacyIDs != nil {
            filter.add("0")
        }
        if let rows = query.rows {
            filter.add("row BETWEEN ? AND ?", .integer(Int64(rows.lowerBound)), .integer(Int64(rows.upperBound)))
        }
        filter.equals("record_kind", query.kind)
        let sql = ProvenanceTable.select + filter.whereClause + " ORDER BY " + ProvenanceTable.order
        return try transaction.fetch(sql, table: ProvenanceTable.table, values: filter.values) { reader in
            try ProvenanceTable.read(&reader)
        }
    }

    func deleteProvenance(of records: [RecordReference]) throws {
        try transaction.requireWritable()
        try transaction.atomically(records.count > 1) {
            for record in records {
                try transaction.run(ProvenanceTable.deleteForRecord, table: ProvenanceTable.table) { binder in
                    binder.bind(record.kind)
                    binder.bind(record.id)
                }
            }
        }
    }
}
