/// Dutch working days: Monday to Friday, except the public holidays of the Algemene
/// termijnenwet — New Year's Day, Good Friday, Easter Monday, King's Day, Liberation Day
/// (5 May), Ascension Day, Whit Monday and both Christmas days — and any extra closing days
/// a municipality adds.
///
/// ```swift
/// let days = DutchWorkingDays()
/// let christmasEve = try CalendarDate(year: 2026, month: 12, day: 24)   // a Thursday
/// days.adding(workingDays: 1, to: christmasEve)   // 2026-12-28: Christmas and the weekend skipped
/// ```
public struct DutchWorkingDays: Hashable, Sendable, Codable {
    /// Extra days on which the team is closed (*sluitingsdagen*).
    public var extraClosedDays: Set<CalendarDate>

    /// Creates the calendar, optionally with extra closing days.
    public init(extraClosedDays: Set<CalendarDate> = []) {
        self.extraClosedDays = extraClosedDays
    }

    /// Whether `date` is a working day.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        date.isoWeekday <= 5 && !Self.publicHolidays(in: date.year).contains(date)
            && !extraClosedDays.contains(date)
    }

    /// The `count`th working day after `date` (`date` itself does not count).
    public func adding(workingDays count: Int, to date: CalendarDate) -> CalendarDate {
        var day = date
        var remaining = max(0, count)
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// The public holidays of `year` that can fall on a weekday.
    public static func publicHolidays(in year: Int) -> Set<CalendarDate> {
        guard let easter = easterSunday(in: year) else { return [] }
        let fixed: [(Int, Int)] = [(1, 1), (5, 5), (12, 25), (12, 26)]
        var days = Set(fixed.compactMap { try? CalendarDate(year: year, month: $0.0, day: $0.1) })
        for offset in [-2, 1, 39, 50] {  // Good Friday, Easter Monday, Ascension, Whit Monday
            days.insert(easter.adding(days: offset))
        }
        if let kingsDay = try? CalendarDate(year: year, month: 4, day: 27) {
            // Celebrated on the 26th when the 27th is a Sunday.
            days.insert(kingsDay.isoWeekday == 7 ? kingsDay.adding(days: -1) : kingsDay)
        }
        return days
    }

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
    public static func easterSunday(in year: Int) -> CalendarDate? {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return try? CalendarDate(year: year, month: month, day: day)
    }
}
