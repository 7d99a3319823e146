/// What erasing one resident did: which records went, which were anonymised, and the
/// pseudonym that now stands in their place in reports and the audit trail.
public struct ErasureReport: Hashable, Sendable, Codable {
    /// The pseudonym that replaced the client in kept records and audit entries.
    public var pseudonym: Client.ID
    /// The erasure's own audit entry.
    public var auditEntry: AuditEntry.ID
    /// Records removed, per kind (the client, their household when it was theirs alone,
    /// ties, consents, break-the-glass grants, referrals, possible duplicates).
    public var removed: [RecordKind: Int]
    /// Records kept for statistics with the personal data taken out, per kind (signals,
    /// visits, plans, self-help groups).
    public var anonymised: [RecordKind: Int]
    /// Import provenance rows removed.
    public var provenanceRemoved: Int
    /// Audit entries pseudonymised.
    public var auditEntriesPseudonymised: Int

    /// Creates a report.
    public init(
        pseudonym: Client.ID,
        auditEntry: AuditEntry.ID,
        removed: [RecordKind: Int] = [:],
        anonymised: [RecordKind: Int] = [:],
        provenanceRemoved: Int = 0,
        auditEntriesPseudonymised: Int = 0
    ) {
        self.pseudonym = pseudonym
        self.auditEntry = auditEntry
        self.removed = removed
        self.anonymised = anonymised
        self.provenanceRemoved = provenanceRemoved
        self.auditEntriesPseudonymised = auditEntriesPseudonymised
    }
}
