public import Buurtkracht

/// `plans.progress`: Progress per life domain: baseline, latest score and target.
public enum PlansProgress: RPCMethod {
    /// `"plans.progress"`.
    public static let name = "plans.progress"
    /// What the method does.
    public static let summary = "Progress per life domain: baseline, latest score and target."

    /// The params.
    public typealias Params = PlanParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [DomainProgress] {
        try await context.services.plans.progress(of: params.plan, context: context.access)
    }
}
