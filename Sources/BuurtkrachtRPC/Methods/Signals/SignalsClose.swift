public import Buurtkracht

/// `signals.close`: Closes a case as referred or as needing no action, with a stated result. Needs triageSignals.
public enum SignalsClose: RPCMethod {
    /// `"signals.close"`.
    public static let name = "signals.close"
    /// What the method does.
    public static let summary = "Closes a case as referred or as needing no action, with a stated result. Needs triageSignals."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The signal.
        public var signal: Signal.ID
        /// How the case ends.
        public var outcome: Signal.Outcome
        /// The stated result.
        public var summary: String?

        /// Creates the params.
        public init(signal: Signal.ID, outcome: Signal.Outcome, summary: String? = nil) {
            self.signal = signal
            self.outcome = outcome
            self.summary = summary
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Signal {
        try await context.services.signals.close(params.signal, as: params.outcome, summary: params.summary, context: context.access)
    }
}
