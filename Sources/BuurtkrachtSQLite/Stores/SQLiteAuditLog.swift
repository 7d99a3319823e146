import Buurtkracht

/// ``Buurtkracht/AuditLog`` on the append-only `audit_entry` table, in sequence order.
struct SQLiteAuditLog: AuditLog {
    let transaction: SQLiteTransaction

    func append(_ entry: AuditEntry) throws {
        try transaction.run(AuditTable.insert, table: AuditTable.table, conflict: { try conflict(with: entry) }) { binder in
            AuditTable.bind(entry, to: &binder)
        }
        guard let (tail, generation) = transaction.auditTail else { return }
        // The new last entry, when the one before it was known and came earlier in the log.
        if let known = tail.entry(at: generation), (known?.sequence ?? .min) < entry.sequence {
            tail.remember(entry, at: generation)
        } else {
            tail.forget()
        }
    }

    func lastEntry() throws -> AuditEntry? {
        if let (tail, generation) = transaction.auditTail, let known = tail.entry(at: generation) { return known }
        let last = try fetch(SQLFilter(), order: "sequence DESC", limit: 1).first
        if let (tail, generation) = transaction.auditTail { tail.remember(last, at: generation) }
        return last
    }

    func entries(matching query: AuditQuery) throws -> [AuditEntry] {
        var filter = SQLFilter()
        filter.equals("actor_id", query.actor)
        filter.equals("subject_id", query.subject)
        if let record = query.record {
            filter.add("record_kind = ? AND record_id = ?", .text(record.kind.rawValue), .text(record.id))
        }
        filter.amongCases("action", query.actions)
        filter.equals("outcome", query.outcome)
        filter.atOrAfter("at", query.from)
        filter.before("at", query.before)
        if let after = query.afterSequence { filter.add("sequence > ?", .integer(after)) }
        return try fetch(filter, order: "sequence", limit: query.limit)
    }

    func pseudonymise(subject client: Client.ID, as pseudonym: Client.ID) throws -> Int {
        // The last entry may be among those that change.
        transaction.auditTail?.cache.forget()
        // The only UPDATE the table's triggers let through: record id, subject and the flag.
        return try transaction.run(
            """
            UPDATE audit_entry
            SET record_id = CASE WHEN record_kind = 'client' AND record_id = ?1 THEN ?2 ELSE record_id END,
                subject_id = CASE WHEN subject_id = ?1 THEN ?2 ELSE subject_id END,
                is_pseudonymised = 1
            WHERE subject_id = ?1 OR (record_kind = 'client' AND record_id = ?1)
            """,
            table: AuditTable.table
        ) { binder in
            binder.bind(client.rawValue)
            binder.bind(pseudonym.rawValue)
        }
    }

    private func fetch(_ filter: SQLFilter, order: String, limit: Int?) throws -> [AuditEntry] {
        var sql = AuditTable.select + filter.whereClause + " ORDER BY " + order
        var values = filter.values
        if let limit {
            sql += " LIMIT ?"
            values.append(.integer(Int64(max(0, limit))))
        }
        return try transaction.fetch(sql, table: AuditTable.table, values: values) { reader in try AuditTable.read(&reader) }
    }

    /// A taken sequence or a taken id, as the in-memory log reports them.
    private func conflict(with entry: AuditEntry) throws -> BuurtkrachtError {
        var filter = SQLFilter()
        filter.add("sequence = ?", .integer(entry.sequence))
        if try !fetch(filter, order: "sequence", limit: 1).isEmpty {
            return .alreadyExists(.auditEntry, id: String(entry.sequence))
        }
        return BuurtkrachtError(
            code: .alreadyExists,
            message: "Another audit entry already has this id; it must be unique. Give the entry a new id.",
            context: ["record": RecordKind.auditEntry.rawValue, "id": String(entry.sequence), "field": "id"]
        )
    }
}
