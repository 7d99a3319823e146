public import Foundation

/// How the triage queue weighs and fuses signals, and when an arrears signal is a repeat.
public struct TriagePolicy: Hashable, Sendable, Codable {
    /// Signals about the same address within this window count together: several independent
    /// sources are stronger than one. Thirty days by default.
    public var fusionWindow: Duration
    /// How far back a repeat arrears signal is compared with the previous one. 180 days by default.
    public var repeatWindow: Duration

    /// Creates a policy.
    public init(fusionWindow: Duration = .days(30), repeatWindow: Duration = .days(180)) {
        self.fusionWindow = fusionWindow
        self.repeatWindow = repeatWindow
    }

    /// Whether `signal` repeats `previous` without news: both arrears signals from the same
    /// source about the same dwelling or subject, within the repeat window, and the arrears have
    /// not grown — the amount is not higher and no new threat (eviction, cut-off) is announced.
    /// A repeat does not open a new case.
    public func isRepeat(_ signal: Signal, of previous: Signal) -> Bool {
        guard signal.category == .paymentArrears, previous.category == .paymentArrears,
            previous.status != .merged, previous.id != signal.id,
            signal.reporter.sourceIdentity == previous.reporter.sourceIdentity,
            signal.fusionKey == previous.fusionKey,
            previous.reportedAt <= signal.reportedAt,
            signal.reportedAt.timeIntervalSince(previous.reportedAt) <= repeatWindow.timeInterval,
            let new = signal.arrears, let old = previous.arrears
        else { return false }
        return new.amountInCents <= old.amountInCents && new.threat <= old.threat
    }
}

extension Duration {
    /// A number of 24-hour days.
    public static func days(_ count: Int) -> Duration { .seconds(count * 86_400) }

    /// The duration in seconds, as a `TimeInterval`.
    public var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
