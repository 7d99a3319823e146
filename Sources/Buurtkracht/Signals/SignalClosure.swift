public import Foundation

/// How a signal case ended: its terminal status, a stated result, when and by whom.
public struct SignalClosure: Hashable, Sendable, Codable {
    /// The terminal status: referred, no action needed or merged.
    public var outcome: Signal.Status
    /// The stated result. May hold sensitive details: never logged.
    public var summary: String?
    /// When the case was closed.
    public var closedAt: Date
    /// Who closed it; absent when a rule closed it (a repeat arrears signal).
    public var closedBy: Professional.ID?

    /// Creates a closure.
    public init(outcome: Signal.Status, summary: String?, closedAt: Date, closedBy: Professional.ID?) {
        self.outcome = outcome
        self.summary = summary
        self.closedAt = closedAt
        self.closedBy = closedBy
    }
}
