public import Foundation

/// The audit trail: append-only, in sequence. Used inside a unit of work (see ``Storage``).
///
/// Entries arrive sealed and numbered (the services' audit recorder sets ``AuditEntry/sequence``
/// and the digests); the log stores them as they are and never changes them.
public protocol AuditLog {
    /// Appends an entry; throws ``BuurtkrachtError/Code/alreadyExists`` when its id or sequence is taken.
    func append(_ entry: AuditEntry) throws
    /// The entry with the highest sequence number, or nil when the trail is empty.
    func lastEntry() throws -> AuditEntry?
    /// The entries that match every filter set in `query`, in sequence order.
    func entries(matching query: AuditQuery) throws -> [AuditEntry]
    /// The one change the log allows, for erasure: every entry whose subject is `client`, or whose
    /// record is that client, gets `pseudonym` as its subject (and as its record id when the record
    /// is the client) and is marked ``AuditEntry/isPseudonymised``. Sequence, digests and
    /// commitments stay as they are, so the chain still verifies. Returns how many entries changed.
    func pseudonymise(subject client: Client.ID, as pseudonym: Client.ID) throws -> Int
}

/// Which audit entries to fetch: every filter that is set must match.
public struct AuditQuery: Hashable, Sendable {
    /// Entries by this professional.
    public var actor: Professional.ID?
    /// Entries about this client's data.
    public var subject: Client.ID?
    /// Entries about this record.
    public var record: RecordReference?
    /// Entries with one of these actions.
    public var actions: Set<AuditAction>?
    /// Entries with this outcome.
    public var outcome: AuditEntry.Outcome?
    /// Entries at or after this moment.
    public var from: Date?
    /// Entries before this moment.
    public var before: Date?
    /// Entries with a sequence number above this one.
    public var afterSequence: Int64?
    /// At most this many.
    public var limit: Int?

    /// Creates a query; with no filters it matches every entry.
    public init(
        actor: Professional.ID? = nil,
        subject: Client.ID? = nil,
        record: RecordReference? = nil,
        actions: Set<AuditAction>? = nil,
        outcome: AuditEntry.Outcome? = nil,
        from: Date? = nil,
        before: Date? = nil,
        afterSequence: Int64? = nil,
        limit: Int? = nil
    ) {
        self.actor = actor
        self.subject = subject
        self.record = record
        self.actions = actions
        self.outcome = outcome
        self.from = from
        self.before = before
        self.afterSequence = afterSequence
        self.limit = limit
    }

    /// Whether `entry` matches every filter (the limit aside).
    public func matches(_ entry: AuditEntry) -> Bool {
        if let actor, entry.actor != actor { return false }
        if let subject, entry.subject != subject { return false }
        if let record, entry.record != record { return false }
        if let actions, !actions.contains(entry.action) { return false }
        if let outcome, entry.outcome != outcome { return false }
        if let from, entry.at < from { return false }
        if let before, entry.at >= before { return false }
        if let afterSequence, entry.sequence <= afterSequence { return false }
        return true
    }
}
