import Buurtkracht

/// `groups.leave`: Takes a client out of a group or its waiting list; the first waiting client moves up. Needs access to the client.
public enum GroupsLeave: RPCMethod {
    /// `"groups.leave"`.
    public static let name = "groups.leave"
    /// What the method does.
    public static let summary = "Takes a client out of a group or its waiting list; the first waiting client moves up. Needs access to the client."

    /// The params.
    public typealias Params = ClientInGroupParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> GroupsLeaveResult {
        GroupsLeaveResult(movedUp: try await context.services.groups.leave(params.client, group: params.group, context: context.access))
    }
}
