public import Buurtkracht

/// `network.involved`: Who is involved with a household: ties, plan coordinators and owners of open actions. Needs access to every member.
public enum NetworkInvolved: RPCMethod {
    /// `"network.involved"`.
    public static let name = "network.involved"
    /// What the method does.
    public static let summary = "Who is involved with a household: ties, plan coordinators and owners of open actions. Needs access to every member."

    /// The params.
    public typealias Params = HouseholdParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [Involvement] {
        try await context.services.network.involved(with: params.household, context: context.access)
    }
}
