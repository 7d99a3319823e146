public import Buurtkracht

/// `signals.get`: One signal. Needs triageSignals.
public enum SignalsGet: RPCMethod {
    /// `"signals.get"`.
    public static let name = "signals.get"
    /// What the method does.
    public static let summary = "One signal. Needs triageSignals."

    /// The params.
    public typealias Params = SignalParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Signal {
        try await context.services.signals.signal(params.signal, context: context.access)
    }
}
