public import Foundation

/// A period of whole days for a report, first and last day included.
///
/// ```swift
/// let q3 = try ReportPeriod.quarter(3, of: 2026)   // 2026-07-01 … 2026-09-30
/// ```
public struct ReportPeriod: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first day.
    public var first: CalendarDate
    /// The last day.
    public var last: CalendarDate

    /// Creates a period; throws ``BuurtkrachtError/Code/invalidValue`` when it ends before it starts.
    public init(first: CalendarDate, last: CalendarDate) throws(BuurtkrachtError) {
        guard first <= last else {
            throw .invalidValue("period", in: .report, rule: "the last day must not come before the first.")
        }
        self.first = first
        self.last = last
    }

    /// A quarter (1–4) of a year.
    public static func quarter(_ quarter: Int, of year: Int) throws(BuurtkrachtError) -> ReportPeriod {
        guard (1...4).contains(quarter) else {
            throw .invalidValue("quarter", in: .report, rule: "a quarter is 1, 2, 3 or 4.")
        }
        let firstMonth = (quarter - 1) * 3 + 1
        let lastMonth = firstMonth + 2
        return try ReportPeriod(
            first: CalendarDate(year: year, month: firstMonth, day: 1),
            last: CalendarDate(year: year, month: lastMonth, day: CalendarDate.daysInMonth(year: year, month: lastMonth))
        )
    }

    /// The first moment of the period in `timeZone`.
    public func start(in timeZone: TimeZone) -> Date { first.startOfDay(in: timeZone) }

    /// The first moment after the period in `timeZone`.
    public func end(in timeZone: TimeZone) -> Date { last.adding(days: 1).startOfDay(in: timeZone) }

    /// `2026-07-01…2026-09-30`.
    public var description: String { "\(first)…\(last)" }
}
