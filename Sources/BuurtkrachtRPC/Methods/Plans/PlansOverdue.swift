public import Buurtkracht

/// `plans.overdue`: The open plans the caller coordinates that are past their programme's target duration.
public enum PlansOverdue: RPCMethod {
    /// `"plans.overdue"`.
    public static let name = "plans.overdue"
    /// What the method does.
    public static let summary = "The open plans the caller coordinates that are past their programme's target duration."

    /// The params.
    public typealias Params = RPCEmpty

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [Plan] {
        try await context.services.plans.overdue(context: context.access)
    }
}
