public import Buurtkracht

/// `network.isolatedClients`: The isolated clients of a neighbourhood among those the caller may see. Needs triageSignals.
public enum NetworkIsolatedClients: RPCMethod {
    /// `"network.isolatedClients"`.
    public static let name = "network.isolatedClients"
    /// What the method does.
    public static let summary = "The isolated clients of a neighbourhood among those the caller may see. Needs triageSignals."

    /// The params.
    public typealias Params = NeighbourhoodParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [IsolationAssessment] {
        try await context.services.network.isolatedClients(in: params.neighbourhood, context: context.access)
    }
}
