public import Buurtkracht

/// `plans.addAction`: Adds an action: who does what, by when.
public enum PlansAddAction: RPCMethod {
    /// `"plans.addAction"`.
    public static let name = "plans.addAction"
    /// What the method does.
    public static let summary = "Adds an action: who does what, by when."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The plan.
        public var plan: Plan.ID
        /// What is to be done.
        public var description: String
        /// Who does it.
        public var owner: ActionOwner
        /// By when.
        public var due: CalendarDate?
        /// The goal it serves.
        public var goal: Goal.ID?

        /// Creates the params.
        public init(plan: Plan.ID, description: String, owner: ActionOwner, due: CalendarDate? = nil, goal: Goal.ID? = nil) {
            self.plan = plan
            self.description = description
            self.owner = owner
            self.due = due
            self.goal = goal
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Plan {
        try await context.services.plans.addAction(
            to: params.plan, description: params.description, owner: params.owner, due: params.due, goal: params.goal,
            context: context.access
        )
    }
}
