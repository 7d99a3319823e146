public import Buurtkracht

/// `signals.triage`: Marks a signal as discussed in the signal meeting (new → triaged), optionally with a new severity and the professional who will make contact. Needs triageSignals.
public enum SignalsTriage: RPCMethod {
    /// `"signals.triage"`.
    public static let name = "signals.triage"
    /// What the method does.
    public static let summary = "Marks a signal as discussed in the signal meeting (new → triaged), optionally with a new severity and the professional who will make contact. Needs triageSignals."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The signal.
        public var signal: Signal.ID
        /// A new severity, if the meeting changed it.
        public var severity: Severity?
        /// The professional who will make contact.
        public var assignee: Professional.ID?

        /// Creates the params.
        public init(signal: Signal.ID, severity: Severity? = nil, assignee: Professional.ID? = nil) {
            self.signal = signal
            self.severity = severity
            self.assignee = assignee
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Signal {
        try await context.services.signals.triage(params.signal, severity: params.severity, assignee: params.assignee, context: context.access)
    }
}
