/// When a group meets: a weekday, a start time and a rhythm.
///
/// ```swift
/// let schedule = MeetingSchedule(weekday: 2, hour: 19, minute: 30, frequency: .weekly) // Tuesdays 19:30
/// ```
public struct MeetingSchedule: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int
    /// The hour the meeting starts, 0–23.
    public var hour: Int
    /// The minute the meeting starts, 0–59.
    public var minute: Int
    /// How often the group meets.
    public var frequency: Frequency

    /// Creates a schedule.
    public init(weekday: Int, hour: Int, minute: Int = 0, frequency: Frequency) {
        self.weekday = weekday
        self.hour = hour
        self.minute = minute
        self.frequency = frequency
    }

    /// How often a group meets.
    public enum Frequency: String, Hashable, Sendable, Codable, CaseIterable {
        /// Every week.
        case weekly
        /// Every other week.
        case fortnightly
        /// Every month.
        case monthly
    }

    /// `weekly on day 2 at 19:30`.
    public var description: String {
        let minutes = minute < 10 ? "0\(minute)" : "\(minute)"
        return "\(frequency.rawValue) on day \(weekday) at \(hour):\(minutes)"
    }

    /// Checks the weekday and time; throws ``BuurtkrachtError/Code/invalidValue``.
    public func validate() throws(BuurtkrachtError) {
        guard (1...7).contains(weekday), (0...23).contains(hour), (0...59).contains(minute) else {
            throw .invalidValue(
                "schedule", in: .group,
                rule: "the weekday is 1 (Monday) to 7 (Sunday), the hour 0–23 and the minute 0–59."
            )
        }
    }
}
