public import Foundation

/// How long personal data is kept (*bewaartermijn*): closed plans and their client's data for
/// a number of years after closing, signals that led to no action for a number of months.
///
/// ```swift
/// let policy = try RetentionPolicy(closedPlanYears: 15, noActionSignalMonths: 6)
/// let report = try await services.retention.apply(policy, dryRun: true, context: dataOfficer)
/// ```
public struct RetentionPolicy: Hashable, Sendable, Codable {
    /// Years after a plan closed before the client's data is erased (when nothing newer is kept about them).
    public var closedPlanYears: Int
    /// Months after a signal was closed as needing no action before it is anonymised.
    public var noActionSignalMonths: Int

    /// Creates a policy.
    ///
    /// - Throws: ``BuurtkrachtError/Code/invalidValue`` for a period below one.
    public init(closedPlanYears: Int, noActionSignalMonths: Int) throws(BuurtkrachtError) {
        guard closedPlanYears >= 1, noActionSignalMonths >= 1 else {
            throw BuurtkrachtError(
                code: .invalidValue,
                message: "Retention periods are at least one year for closed plans and one month for signals without action.",
                context: ["closedPlanYears": String(closedPlanYears), "noActionSignalMonths": String(noActionSignalMonths)]
            )
        }
        self.closedPlanYears = closedPlanYears
        self.noActionSignalMonths = noActionSignalMonths
    }

    /// The moment before which a plan must have closed for its client's data to go.
    public func planCutoff(now: Date, timeZone: TimeZone) -> Date {
        Self.calendar(timeZone).date(byAdding: .year, value: -closedPlanYears, to: now) ?? now
    }

    /// The moment before which a signal must have been closed without action to be anonymised.
    public func signalCutoff(now: Date, timeZone: TimeZone) -> Date {
        Self.calendar(timeZone).date(byAdding: .month, value: -noActionSignalMonths, to: now) ?? now
    }

    private static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
