public import Buurtkracht

/// `signals.merge`: Merges a duplicate signal into another one. Needs triageSignals.
public enum SignalsMerge: RPCMethod {
    /// `"signals.merge"`.
    public static let name = "signals.merge"
    /// What the method does.
    public static let summary = "Merges a duplicate signal into another one. Needs triageSignals."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The duplicate.
        public var signal: Signal.ID
        /// The signal it merges into.
        public var into: Signal.ID

        /// Creates the params.
        public init(signal: Signal.ID, into: Signal.ID) {
            self.signal = signal
            self.into = into
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Signal {
        try await context.services.signals.merge(params.signal, into: params.into, context: context.access)
    }
}
