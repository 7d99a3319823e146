public import Foundation

/// A signal as it is reported; the service adds the identifier, report time, deadline and status.
///
/// ```swift
/// let report = SignalReport(
///     subject: .address(address),
///     reporter: Reporter(kind: .housingCorporation, organisation: "Woonstad"),
///     category: .paymentArrears,
///     severity: .high,
///     observedAt: now,
///     arrears: Arrears(amountInCents: 142_000, monthsInArrears: 2, threat: .eviction)
/// )
/// ```
public struct SignalReport: Hashable, Sendable, Codable {
    /// Whom or what the signal is about.
    public var subject: SignalSubject
    /// The neighbourhood, when the address does not tell it.
    public var neighbourhood: NeighbourhoodCode?
    /// The address, when the subject does not tell it.
    public var address: Address?
    /// Who reports.
    public var reporter: Reporter
    /// What kind of concern.
    public var category: SignalCategory
    /// How serious it looks.
    public var severity: Severity
    /// When it was noticed.
    public var observedAt: Date
    /// Free text. May hold sensitive details: never logged.
    public var summary: String?
    /// Payment arrears, for early debt signals.
    public var arrears: Arrears?

    /// Creates a report.
    public init(
        subject: SignalSubject,
        neighbourhood: NeighbourhoodCode? = nil,
        address: Address? = nil,
        reporter: Reporter,
        category: SignalCategory,
        severity: Severity,
        observedAt: Date,
        summary: String? = nil,
        arrears: Arrears? = nil
    ) {
        self.subject = subject
        self.neighbourhood = neighbourhood
        self.address = address
        self.reporter = reporter
        self.category = category
        self.severity = severity
        self.observedAt = observedAt
        self.summary = summary
        self.arrears = arrears
    }
}

/// What became of a reported signal: a new case, or a repeat of an existing one.
public struct SignalReportOutcome: Hashable, Sendable, Codable {
    /// The stored signal.
    public var signal: Signal
    /// The signal it repeats, when it is a repeat arrears signal that has not grown; the new
    /// signal is then stored as merged into it and opens no new case.
    public var repeatOf: Signal.ID?

    /// Creates an outcome.
    public init(signal: Signal, repeatOf: Signal.ID?) {
        self.signal = signal
        self.repeatOf = repeatOf
    }

    /// Whether the signal opened a new case.
    public var isNewCase: Bool { repeatOf == nil }
}
