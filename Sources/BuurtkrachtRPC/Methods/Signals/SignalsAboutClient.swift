public import Buurtkracht

/// `signals.aboutClient`: The signals about a client. Needs access to the client.
public enum SignalsAboutClient: RPCMethod {
    /// `"signals.aboutClient"`.
    public static let name = "signals.aboutClient"
    /// What the method does.
    public static let summary = "The signals about a client. Needs access to the client."

    /// The params.
    public typealias Params = ClientParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [Signal] {
        try await context.services.signals.signals(about: params.client, context: context.access)
    }
}
