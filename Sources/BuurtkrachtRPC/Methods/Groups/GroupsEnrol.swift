public import Buurtkracht

/// `groups.enrol`: Enrols a client: a member while there is a place, else on the waiting list. Needs access to the client.
public enum GroupsEnrol: RPCMethod {
    /// `"groups.enrol"`.
    public static let name = "groups.enrol"
    /// What the method does.
    public static let summary = "Enrols a client: a member while there is a place, else on the waiting list. Needs access to the client."

    /// The params.
    public typealias Params = ClientInGroupParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> SelfHelpGroup.Enrolment {
        try await context.services.groups.enrol(params.client, in: params.group, context: context.access)
    }
}
