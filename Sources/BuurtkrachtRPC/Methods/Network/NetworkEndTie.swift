public import Buurtkracht

/// `network.endTie`: Ends a tie.
public enum NetworkEndTie: RPCMethod {
    /// `"network.endTie"`.
    public static let name = "network.endTie"
    /// What the method does.
    public static let summary = "Ends a tie."

    /// The params.
    public typealias Params = TieParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Tie {
        try await context.services.network.endTie(params.tie, context: context.access)
    }
}
