public import Buurtkracht

/// `plans.close`: Closes a plan with a reason; closing with goals below target needs a justification.
public enum PlansClose: RPCMethod {
    /// `"plans.close"`.
    public static let name = "plans.close"
    /// What the method does.
    public static let summary = "Closes a plan with a reason; closing with goals below target needs a justification."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The plan.
        public var plan: Plan.ID
        /// Why it closes.
        public var reason: PlanClosure.Reason
        /// Why, when a rule asks for it.
        public var justification: String?

        /// Creates the params.
        public init(plan: Plan.ID, reason: PlanClosure.Reason, justification: String? = nil) {
            self.plan = plan
            self.reason = reason
            self.justification = justification
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Plan {
        try await context.services.plans.close(params.plan, reason: params.reason, justification: params.justification, context: context.access)
    }
}
