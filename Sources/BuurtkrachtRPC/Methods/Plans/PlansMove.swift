public import Buurtkracht

/// `plans.move`: Moves a plan to another open phase (stabilise → tackle → letGo); letting go with goals below target needs a justification.
public enum PlansMove: RPCMethod {
    /// `"plans.move"`.
    public static let name = "plans.move"
    /// What the method does.
    public static let summary = "Moves a plan to another open phase (stabilise → tackle → letGo); letting go with goals below target needs a justification."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The plan.
        public var plan: Plan.ID
        /// The new phase.
        public var phase: Plan.Phase
        /// Why, when a rule asks for it.
        public var justification: String?

        /// Creates the params.
        public init(plan: Plan.ID, phase: Plan.Phase, justification: String? = nil) {
            self.plan = plan
            self.phase = phase
            self.justification = justification
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Plan {
        try await context.services.plans.move(params.plan, to: params.phase, justification: params.justification, context: context.access)
    }
}
