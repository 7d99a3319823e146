public import Buurtkracht

/// `plans.recordEvaluation`: Records an evaluation with a score per life domain; goals in scored domains take the new level.
public enum PlansRecordEvaluation: RPCMethod {
    /// `"plans.recordEvaluation"`.
    public static let name = "plans.recordEvaluation"
    /// What the method does.
    public static let summary = "Records an evaluation with a score per life domain; goals in scored domains take the new level."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The plan.
        public var plan: Plan.ID
        /// The new level per life domain.
        public var scores: [LifeDomain: SelfSufficiency]
        /// Notes.
        public var summary: String?

        /// Creates the params.
        public init(plan: Plan.ID, scores: [LifeDomain: SelfSufficiency], summary: String? = nil) {
            self.plan = plan
            self.scores = scores
            self.summary = summary
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Plan {
        try await context.services.plans.recordEvaluation(for: params.plan, scores: params.scores, summary: params.summary, context: context.access)
    }
}
