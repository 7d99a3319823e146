public import Buurtkracht

/// `plans.get`: A plan. Its coordinator, and whoever may see its client (or every household member), may read it.
public enum PlansGet: RPCMethod {
    /// `"plans.get"`.
    public static let name = "plans.get"
    /// What the method does.
    public static let summary = "A plan. Its coordinator, and whoever may see its client (or every household member), may read it."

    /// The params.
    public typealias Params = PlanParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Plan {
        try await context.services.plans.plan(params.plan, context: context.access)
    }
}
