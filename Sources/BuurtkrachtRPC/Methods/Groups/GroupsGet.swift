public import Buurtkracht

/// `groups.get`: A group with its members, waiting list and attendance. Needs manageGroups and to act for the organising partner.
public enum GroupsGet: RPCMethod {
    /// `"groups.get"`.
    public static let name = "groups.get"
    /// What the method does.
    public static let summary = "A group with its members, waiting list and attendance. Needs manageGroups and to act for the organising partner."

    /// The params.
    public typealias Params = GroupParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> SelfHelpGroup {
        try await context.services.groups.group(params.group, context: context.access)
    }
}
