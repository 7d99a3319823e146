public import Foundation

/// A time limit: a number of calendar days or of Dutch working days.
///
/// ```swift
/// let fourWeeks = DeadlineRule.calendarDays(28)
/// let urgent = DeadlineRule.workingDays(3)
/// ```
public struct DeadlineRule: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How many days.
    public var count: Int
    /// Which days count.
    public var unit: Unit

    /// Creates a rule.
    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// `count` calendar days.
    public static func calendarDays(_ count: Int) -> DeadlineRule { DeadlineRule(count: count, unit: .calendarDays) }

    /// `count` working days: Monday to Friday, Dutch public holidays excluded.
    public static func workingDays(_ count: Int) -> DeadlineRule { DeadlineRule(count: count, unit: .workingDays) }

    /// Which days count.
    public enum Unit: String, Hashable, Sendable, Codable {
        /// Every day.
        case calendarDays
        /// Monday to Friday, without Dutch public holidays (*werkdagen*).
        case workingDays
    }

    /// The moment by which the limit expires when counting starts on the day of `start`:
    /// the end of the `count`th day after it (the start day itself does not count).
    public func deadline(from start: Date, in timeZone: TimeZone, workingDays: DutchWorkingDays) -> Date {
        let firstDay = CalendarDate(start, in: timeZone)
        let lastDay: CalendarDate
        switch unit {
        case .calendarDays: lastDay = firstDay.adding(days: count)
        case .workingDays: lastDay = workingDays.adding(workingDays: count, to: firstDay)
        }
        return lastDay.adding(days: 1).startOfDay(in: timeZone)
    }

    /// `28 calendar days`, `3 working days`.
    public var description: String {
        "\(count) \(unit == .calendarDays ? "calendar" : "working") day\(count == 1 ? "" : "s")"
    }
}
