public import Buurtkracht

/// `network.ties`: A client's ties, active and ended. Needs access to the client.
public enum NetworkTies: RPCMethod {
    /// `"network.ties"`.
    public static let name = "network.ties"
    /// What the method does.
    public static let summary = "A client's ties, active and ended. Needs access to the client."

    /// The params.
    public typealias Params = ClientParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [Tie] {
        try await context.services.network.ties(of: params.client, context: context.access)
    }
}
