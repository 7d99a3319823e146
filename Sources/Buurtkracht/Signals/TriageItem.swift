public import Foundation

/// One line of a neighbourhood's triage queue: the open signals about one dwelling or
/// subject, fused.
public struct TriageItem: Hashable, Sendable, Codable {
    /// The subject of the most recent open signal.
    public var subject: SignalSubject
    /// The address the signals are about, when known.
    public var address: Address?
    /// The open signals, oldest first.
    public var signals: [Signal.ID]
    /// The categories of the open signals.
    public var categories: [SignalCategory]
    /// The highest severity among the open signals.
    public var severity: Severity
    /// How many independent sources reported about this dwelling or subject in the fusion window.
    public var independentSources: Int
    /// The earliest contact deadline among the open signals.
    public var contactDeadline: Date?
    /// Seconds left until the deadline at the moment the queue was made; negative when overdue.
    public var secondsLeft: Double?
    /// When the oldest open signal was reported.
    public var firstReportedAt: Date
    /// The least advanced status among the open signals.
    public var status: Signal.Status

    /// Creates an item.
    public init(
        subject: SignalSubject,
        address: Address?,
        signals: [Signal.ID],
        categories: [SignalCategory],
        severity: Severity,
        independentSources: Int,
        contactDeadline: Date?,
        secondsLeft: Double?,
        firstReportedAt: Date,
        status: Signal.Status
    ) {
        self.subject = subject
        self.address = address
        self.signals = signals
        self.categories = categories
        self.severity = severity
        self.independentSources = independentSources
        self.contactDeadline = contactDeadline
        self.secondsLeft = secondsLeft
        self.firstReportedAt = firstReportedAt
        self.status = status
    }

    /// Whether the deadline has passed without contact.
    public var isOverdue: Bool { (secondsLeft ?? 1) < 0 }
}
