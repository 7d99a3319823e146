public import Buurtkracht

/// `visits.ofClient`: The visits to a client. Needs access to the client.
public enum VisitsOfClient: RPCMethod {
    /// `"visits.ofClient"`.
    public static let name = "visits.ofClient"
    /// What the method does.
    public static let summary = "The visits to a client. Needs access to the client."

    /// The params.
    public typealias Params = ClientParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [Visit] {
        try await context.services.outreach.visits(to: params.client, context: context.access)
    }
}
