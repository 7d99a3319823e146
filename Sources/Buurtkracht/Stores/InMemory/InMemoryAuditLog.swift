/// ``AuditLog`` and ``ImportLedger`` over the in-memory tables.
struct InMemoryAuditLog: AuditLog {
    let transaction: InMemoryTransaction
    private var db: InMemoryDatabase { transaction.database }

    func append(_ entry: AuditEntry) throws {
        try transaction.change(\.auditEntries) { try $0.insert(entry) }
    }

    func lastEntry() throws -> AuditEntry? {
        db.auditEntries.lastKey.flatMap { db.auditEntries[$0] }
    }

    func entries(matching query: AuditQuery) throws -> [AuditEntry] {
        var result: [AuditEntry] = []
        for sequence in db.auditEntries.rows.keys.sorted() where sequence > (query.afterSequence ?? 0) {
            guard let entry = db.auditEntries[sequence], query.matches(entry) else { continue }
            result.append(entry)
            if let limit = query.limit, result.count >= limit { break }
        }
        return result
    }

    func pseudonymise(subject client: Client.ID, as pseudonym: Client.ID) throws -> Int {
        let about = db.auditEntries.all.filter { $0.isAbout(client) }
        try transaction.change(\.auditEntries) { table in
            for entry in about { try table.update(entry.pseudonymised(client, as: pseudonym)) }
        }
        return about.count
    }
}

struct InMemoryImportLedger: ImportLedger {
    let transaction: InMemoryTransaction
    private var db: InMemoryDatabase { transaction.database }

    func run(_ id: ImportRun.ID) throws -> ImportRun? { db.importRuns[id] }

    func runs() throws -> [ImportRun] {
        db.importRuns.all.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
    }

    func insert(_ run: ImportRun) throws {
        try transaction.change(\.importRuns) { try $0.insert(run) }
    }

    func update(_ run: ImportRun) throws {
        try transaction.change(\.importRuns) { try $0.update(run) }
    }

    func record(_ provenance: [ImportProvenance]) throws {
        try transaction.change(\.provenance) { table in
            for item in provenance { try table.insert(item) }
        }
    }

    func provenance(matching query: ProvenanceQuery) throws -> [ImportProvenance] {
        let candidates: [ImportProvenance]
        if let record = query.record {
            candidates = db.provenance.rows(withIndexKey: "record:\(record)")
        } else if let system = query.sourceSystem, let legacyID = query.legacyID {
            candidates = db.provenance.rows(withIndexKey: "legacy:\(system)|\(legacyID)")
        } else if let system = query.sourceSystem, let legacyIDs = query.legacyIDs {
            candidates = legacyIDs.flatMap { db.provenance.rows(withIndexKey: "legacy:\(system)|\($0)") }
        } else if let run = query.run {
            candidates = db.provenance.rows(withIndexKey: "run:\(run)")
        } else {
            candidates = db.provenance.all
        }
        return candidates.filter(query.matches).sorted { ($0.run, $0.row) < ($1.run, $1.row) }
    }

    func deleteProvenance(of records: [RecordReference]) throws {
        let keys = records.flatMap { record in
            db.provenance.rows(withIndexKey: "record:\(record)").map { "\($0.run)|\($0.record)" }
        }
        try transaction.change(\.provenance) { table in
            for key in keys { try table.remove(key) }
        }
    }
}
