/// What applying a ``RetentionPolicy`` removed, or in a dry run would remove.
public struct RetentionReport: Hashable, Sendable, Codable {
    /// Whether nothing was changed.
    public var dryRun: Bool
    /// Clients whose data was (or would be) erased: every plan about them closed before the
    /// cutoff and no open signal about them.
    public var clients: [Client.ID]
    /// Signals closed as needing no action before the cutoff that were (or would be) anonymised.
    public var signals: [Signal.ID]
    /// The erasures done, one per client; empty in a dry run.
    public var erasures: [ErasureReport]

    /// Creates a report.
    public init(dryRun: Bool, clients: [Client.ID], signals: [Signal.ID], erasures: [ErasureReport] = []) {
        self.dryRun = dryRun
        self.clients = clients
        self.signals = signals
        self.erasures = erasures
    }
}
