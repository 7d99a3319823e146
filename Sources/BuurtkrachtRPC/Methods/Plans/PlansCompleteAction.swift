public import Buurtkracht

/// `plans.completeAction`: Marks an action as done.
public enum PlansCompleteAction: RPCMethod {
    /// `"plans.completeAction"`.
    public static let name = "plans.completeAction"
    /// What the method does.
    public static let summary = "Marks an action as done."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The plan.
        public var plan: Plan.ID
        /// The action.
        public var action: PlanAction.ID

        /// Creates the params.
        public init(plan: Plan.ID, action: PlanAction.ID) {
            self.plan = plan
            self.action = action
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Plan {
        try await context.services.plans.completeAction(params.action, in: params.plan, context: context.access)
    }
}
