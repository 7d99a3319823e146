public import Buurtkracht

/// `signals.triageQueue`: The neighbourhood's triage queue: open signals fused per dwelling, most urgent first. Needs triageSignals; every listed signal is audited as read.
public enum SignalsTriageQueue: RPCMethod {
    /// `"signals.triageQueue"`.
    public static let name = "signals.triageQueue"
    /// What the method does.
    public static let summary = "The neighbourhood's triage queue: open signals fused per dwelling, most urgent first. Needs triageSignals; every listed signal is audited as read."

    /// The params.
    public typealias Params = NeighbourhoodParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [TriageItem] {
        try await context.services.signals.triageQueue(for: params.neighbourhood, context: context.access)
    }
}
