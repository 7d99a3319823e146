public import Buurtkracht

/// `signals.report`: Reports a signal of concern: computes its contact deadline and recognises a repeat arrears signal that has not grown. About an address: open to every professional; about a client or household: needs access to them.
public enum SignalsReport: RPCMethod {
    /// `"signals.report"`.
    public static let name = "signals.report"
    /// What the method does.
    public static let summary = "Reports a signal of concern: computes its contact deadline and recognises a repeat arrears signal that has not grown. About an address: open to every professional; about a client or household: needs access to them."

    /// The params.
    public typealias Params = SignalReport

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> SignalReportOutcome {
        try await context.services.signals.report(params, context: context.access)
    }
}
