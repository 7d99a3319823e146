public import Buurtkracht
public import Foundation

/// `audit.entries`: The audit entries that match, in sequence order. Needs viewAuditTrail; the query is itself audited.
public enum AuditEntries: RPCMethod {
    /// `"audit.entries"`.
    public static let name = "audit.entries"
    /// What the method does.
    public static let summary = "The audit entries that match, in sequence order. Needs viewAuditTrail; the query is itself audited."

    /// The params.
    public struct Params: Codable, Sendable {
        /// Only entries of this professional.
        public var actor: Professional.ID?
        /// Only entries about this client.
        public var subject: Client.ID?
        /// Only entries about this record.
        public var record: RecordReference?
        /// Only these actions.
        public var actions: Set<AuditAction>?
        /// Only allowed or only denied.
        public var outcome: AuditEntry.Outcome?
        /// From this moment.
        public var from: Date?
        /// Before this moment.
        public var before: Date?
        /// After this sequence number (for paging).
        public var afterSequence: Int64?
        /// At most this many.
        public var limit: Int?

        /// Creates the params.
        public init(actor: Professional.ID? = nil, subject: Client.ID? = nil, record: RecordReference? = nil, actions: Set<AuditAction>? = nil, outcome: AuditEntry.Outcome? = nil, from: Date? = nil, before: Date? = nil, afterSequence: Int64? = nil, limit: Int? = nil) {
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
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [AuditEntry] {
        try await context.services.audit.entries(
            matching: AuditQuery(
                actor: params.actor, subject: params.subject, record: params.record, actions: params.actions,
                outcome: params.outcome, from: params.from, before: params.before, afterSequence: params.afterSequence,
                limit: params.limit
            ),
            context: context.access
        )
    }
}
