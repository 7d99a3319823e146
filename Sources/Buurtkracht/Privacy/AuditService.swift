/// Reads the audit trail. The reading is itself audited.
public struct AuditService: Sendable {
    let runner: ServiceRunner

    /// The audit entries that match `query`, in sequence order. Needs ``Permission/viewAuditTrail``.
    public func entries(matching query: AuditQuery, context: AccessContext) async throws -> [AuditEntry] {
        try await runner.perform(context) { unit in
            let record = RecordReference(kind: .auditEntry, id: "*")
            try unit.require(.viewAuditTrail, for: record)
            let entries = try unit.transaction.audit.entries(matching: query)
            try unit.audit(.read, record: record, subject: query.subject, basis: .role)
            return entries
        }
    }
}
