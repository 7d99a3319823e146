public import Buurtkracht

/// `plans.updateReadiness`: Records new readiness for a goal; the guidance style follows.
public enum PlansUpdateReadiness: RPCMethod {
    /// `"plans.updateReadiness"`.
    public static let name = "plans.updateReadiness"
    /// What the method does.
    public static let summary = "Records new readiness for a goal; the guidance style follows."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The plan.
        public var plan: Plan.ID
        /// The goal.
        public var goal: Goal.ID
        /// The new readiness.
        public var readiness: Readiness

        /// Creates the params.
        public init(plan: Plan.ID, goal: Goal.ID, readiness: Readiness) {
            self.plan = plan
            self.goal = goal
            self.readiness = readiness
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Plan {
        try await context.services.plans.updateReadiness(of: params.goal, in: params.plan, to: params.readiness, context: context.access)
    }
}
