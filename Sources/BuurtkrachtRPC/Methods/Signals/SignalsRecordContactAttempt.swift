public import Buurtkracht

/// `signals.recordContactAttempt`: Records an attempt to make contact (the first moves the signal to contact attempted). Needs triageSignals.
public enum SignalsRecordContactAttempt: RPCMethod {
    /// `"signals.recordContactAttempt"`.
    public static let name = "signals.recordContactAttempt"
    /// What the method does.
    public static let summary = "Records an attempt to make contact (the first moves the signal to contact attempted). Needs triageSignals."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The signal.
        public var signal: Signal.ID
        /// How contact was attempted.
        public var channel: ContactChannel
        /// Whether the resident was reached.
        public var reached: Bool

        /// Creates the params.
        public init(signal: Signal.ID, channel: ContactChannel, reached: Bool) {
            self.signal = signal
            self.channel = channel
            self.reached = reached
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Signal {
        try await context.services.signals.recordContactAttempt(params.signal, channel: params.channel, reached: params.reached, context: context.access)
    }
}
