public import Buurtkracht
public import Foundation

/// `visits.record`: Records an outreach or home visit. Needs recordVisits; a visit to a known client or household also needs access to them.
public enum VisitsRecord: RPCMethod {
    /// `"visits.record"`.
    public static let name = "visits.record"
    /// What the method does.
    public static let summary = "Records an outreach or home visit. Needs recordVisits; a visit to a known client or household also needs access to them."

    /// The params.
    public struct Params: Codable, Sendable {
        /// Whom the visit was to: a client, a household or an address.
        public var subject: SignalSubject
        /// The signal that led to the visit.
        public var signal: Signal.ID?
        /// When it took place (now when absent).
        public var at: Date?
        /// What came of it.
        public var outcome: VisitOutcome
        /// Volunteers or experts-by-experience who came along.
        public var volunteers: [Volunteer.ID]?
        /// Notes. May hold sensitive details.
        public var summary: String?

        /// Creates the params.
        public init(subject: SignalSubject, signal: Signal.ID? = nil, at: Date? = nil, outcome: VisitOutcome, volunteers: [Volunteer.ID]? = nil, summary: String? = nil) {
            self.subject = subject
            self.signal = signal
            self.at = at
            self.outcome = outcome
            self.volunteers = volunteers
            self.summary = summary
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Visit {
        try await context.services.outreach.record(
            subject: params.subject, signal: params.signal, at: params.at, outcome: params.outcome,
            volunteers: params.volunteers ?? [], summary: params.summary, context: context.access
        )
    }
}
