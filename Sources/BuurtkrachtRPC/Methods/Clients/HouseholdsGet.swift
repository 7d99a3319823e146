public import Buurtkracht

/// `households.get`: A household and its members. Needs access to every member.
public enum HouseholdsGet: RPCMethod {
    /// `"households.get"`.
    public static let name = "households.get"
    /// What the method does.
    public static let summary = "A household and its members. Needs access to every member."

    /// The params.
    public typealias Params = HouseholdParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> HouseholdMembers {
        try await context.services.clients.household(params.household, context: context.access)
    }
}
