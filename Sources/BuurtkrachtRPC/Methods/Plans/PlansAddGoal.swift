public import Buurtkracht

/// `plans.addGoal`: Adds a goal in a life domain, with baseline, target and readiness; the guidance style follows from the readiness.
public enum PlansAddGoal: RPCMethod {
    /// `"plans.addGoal"`.
    public static let name = "plans.addGoal"
    /// What the method does.
    public static let summary = "Adds a goal in a life domain, with baseline, target and readiness; the guidance style follows from the readiness."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The plan.
        public var plan: Plan.ID
        /// The life domain.
        public var domain: LifeDomain
        /// What the goal is.
        public var description: String
        /// The level now (1–5).
        public var baseline: SelfSufficiency
        /// The level aimed for (1–5).
        public var target: SelfSufficiency
        /// The client's competence and motivation for this goal.
        public var readiness: Readiness

        /// Creates the params.
        public init(plan: Plan.ID, domain: LifeDomain, description: String, baseline: SelfSufficiency, target: SelfSufficiency, readiness: Readiness) {
            self.plan = plan
            self.domain = domain
            self.description = description
            self.baseline = baseline
            self.target = target
            self.readiness = readiness
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Plan {
        try await context.services.plans.addGoal(
            to: params.plan, domain: params.domain, description: params.description, baseline: params.baseline,
            target: params.target, readiness: params.readiness, context: context.access
        )
    }
}
