public import Buurtkracht

/// `consents.ofClient`: A client's consents. Needs access to the client.
public enum ConsentsOfClient: RPCMethod {
    /// `"consents.ofClient"`.
    public static let name = "consents.ofClient"
    /// What the method does.
    public static let summary = "A client's consents. Needs access to the client."

    /// The params.
    public typealias Params = ClientParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [Consent] {
        try await context.services.consents.consents(of: params.client, context: context.access)
    }
}
