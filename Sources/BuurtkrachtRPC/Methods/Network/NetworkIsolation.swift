public import Buurtkracht

/// `network.isolation`: Whether a client counts as isolated under the policy. Needs access to the client.
public enum NetworkIsolation: RPCMethod {
    /// `"network.isolation"`.
    public static let name = "network.isolation"
    /// What the method does.
    public static let summary = "Whether a client counts as isolated under the policy. Needs access to the client."

    /// The params.
    public typealias Params = ClientParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> IsolationAssessment {
        try await context.services.network.isolation(of: params.client, context: context.access)
    }
}
