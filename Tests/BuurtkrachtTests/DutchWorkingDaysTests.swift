import Buurtkracht
import Testing

@Suite("Dutch working days")
struct DutchWorkingDaysTests {
    @Test(arguments: [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"), (2028, "2028-04-16")])
    func easterSundayFallsOnItsKnownDate(_ year: Int, _ expected: String) throws {
        #expect(DutchWorkingDays.easterSunday(in: year) == (try day(expected)))
    }

    @Test func publicHolidaysOf2026() throws {
        let expected = try [
            "2026-01-01",  // New Year's Day
            "2026-04-03",  // Good Friday
            "2026-04-06",  // Easter Monday
            "2026-04-27",  // King's Day
            "2026-05-05",  // Liberation Day
            "2026-05-14",  // Ascension Day
            "2026-05-25",  // Whit Monday
            "2026-12-25", "2026-12-26",  // Christmas
        ].map(day)
        #expect(DutchWorkingDays.publicHolidays(in: 2026) == Set(expected))
    }

    @Test func publicHolidaysOf2027FollowEaster() throws {
        let holidays = DutchWorkingDays.publicHolidays(in: 2027)
        #expect(holidays.count == 9)
        for text in ["2027-03-26", "2027-03-29", "2027-04-27", "2027-05-06", "2027-05-17"] {
            #expect(holidays.contains(try day(text)), "\(text)")
        }
    }

    @Test func kingsDayMovesToTheTwentySixthWhenTheTwentySeventhIsASunday() throws {
        #expect(try day("2025-04-27").isoWeekday == 7)
        let holidays = DutchWorkingDays.publicHolidays(in: 2025)
        #expect(holidays.contains(try day("2025-04-26")))
        #expect(!holidays.contains(try day("2025-04-27")))
    }

    @Test func kingsDayStaysOnTheTwentySeventhOnOtherDays() throws {
        let holidays = DutchWorkingDays.publicHolidays(in: 2026)
        #expect(holidays.contains(try day("2026-04-27")))
        #expect(!holidays.contains(try day("2026-04-26")))
    }

    @Test func weekdaysAreWorkingDaysAndWeekendsAreNot() throws {
        let days = DutchWorkingDays()
        let week = try (23...29).map { try CalendarDate(year: 2026, month: 11, day: $0) }
        #expect(week.map(days.isWorkingDay) == [true, true, true, true, true, false, false])
    }

    @Test(arguments: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14", "2026-05-25", "2026-12-25"])
    func publicHolidayOnAWeekdayIsNoWorkingDay(_ text: String) throws {
        let date = try day(text)
        #expect(date.isoWeekday <= 5)
        #expect(!DutchWorkingDays().isWorkingDay(date))
    }

    @Test func extraClosingDayIsNoWorkingDay() throws {
        let closed = try day("2026-12-31")
        #expect(DutchWorkingDays().isWorkingDay(closed))
        #expect(!DutchWorkingDays(extraClosedDays: [closed]).isWorkingDay(closed))
    }

    @Test(arguments: [
        ("2026-11-27", 1, "2026-11-30"),  // Friday: the weekend is skipped
        ("2026-11-23", 3, "2026-11-26"),  // Monday to Thursday
        ("2026-11-26", 3, "2026-12-01"),  // Thursday, across a weekend
        ("2026-12-24", 1, "2026-12-28"),  // Christmas and the weekend skipped
        ("2026-04-02", 1, "2026-04-07"),  // Good Friday, the weekend and Easter Monday skipped
        ("2026-04-24", 1, "2026-04-28"),  // the weekend and King's Day skipped
        ("2026-05-13", 1, "2026-05-15"),  // Ascension Day skipped
        ("2026-11-28", 1, "2026-11-30"),  // counting from a Saturday
    ])
    func addingWorkingDaysSkipsWeekendsAndHolidays(_ start: String, _ count: Int, _ expected: String) throws {
        #expect(DutchWorkingDays().adding(workingDays: count, to: try day(start)) == (try day(expected)))
    }

    @Test func addingNoWorkingDaysGivesTheSameDay() throws {
        let saturday = try day("2026-11-28")
        #expect(DutchWorkingDays().adding(workingDays: 0, to: saturday) == saturday)
    }

    @Test func extraClosingDaysAreSkippedWhenCounting() throws {
        let days = DutchWorkingDays(extraClosedDays: [try day("2026-12-31")])
        #expect(days.adding(workingDays: 1, to: try day("2026-12-30")) == (try day("2027-01-04")))
    }
}
