import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test func thirtyFirstOfFebruaryDoesNotExist() {
        let error = expectError(.invalidDate) { try CalendarDate(year: 1980, month: 2, day: 31) }
        #expect(error?.message.contains("does not exist") == true)
    }

    @Test(arguments: [1980, 2000, 2024, 2028])
    func twentyNinthOfFebruaryExistsInLeapYears(_ year: Int) throws {
        #expect(CalendarDate.isLeapYear(year))
        #expect(try CalendarDate(year: year, month: 2, day: 29).day == 29)
    }

    @Test(arguments: [1900, 2023, 2026, 2100])
    func twentyNinthOfFebruaryDoesNotExistInOtherYears(_ year: Int) {
        #expect(!CalendarDate.isLeapYear(year))
        expectError(.invalidDate) { try CalendarDate(year: year, month: 2, day: 29) }
    }

    @Test func daysInMonthFollowTheGregorianCalendar() {
        let days2026 = (1...12).map { CalendarDate.daysInMonth(year: 2026, month: $0) }
        #expect(days2026 == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(CalendarDate.daysInMonth(year: 2024, month: 2) == 29)
    }

    @Test(arguments: [(2026, 13, 1), (2026, 0, 1), (2026, 4, 31), (2026, 1, 0), (0, 1, 1), (10_000, 1, 1)])
    func dayOutsideTheCalendarIsRejected(_ year: Int, _ month: Int, _ day: Int) {
        expectError(.invalidDate) { try CalendarDate(year: year, month: month, day: day) }
    }

    @Test func isoTextIsParsed() throws {
        let date = try CalendarDate(iso8601: "1980-02-29")
        #expect((date.year, date.month, date.day) == (1980, 2, 29))
    }

    @Test(arguments: ["1980-2-29", "29-02-1980", "1980/02/29", "1980-02-29T00:00", "", "2026-+1-05", "+980-01-05", "2026-01- 5"])
    func textInAnotherFormIsRejected(_ text: String) {
        expectError(.invalidDate) { try CalendarDate(iso8601: text) }
    }

    @Test func isoTextOfANonExistentDayIsRejected() {
        expectError(.invalidDate) { try CalendarDate(iso8601: "1980-02-31") }
    }

    @Test func descriptionIsZeroPaddedIsoText() throws {
        #expect(try CalendarDate(year: 2026, month: 4, day: 5).description == "2026-04-05")
        #expect(try CalendarDate(year: 800, month: 1, day: 5).description == "0800-01-05")
    }

    @Test func addingDaysCrossesMonthAndYearEndsAndLeapDays() throws {
        #expect(try day("2024-02-28").adding(days: 1) == day("2024-02-29"))
        #expect(try day("2024-02-28").adding(days: 2) == day("2024-03-01"))
        #expect(try day("2026-12-31").adding(days: 1) == day("2027-01-01"))
        #expect(try day("2026-03-01").adding(days: -1) == day("2026-02-28"))
        #expect(try day("2026-11-23").adding(days: 28) == day("2026-12-21"))
    }

    @Test func daysUntilCountsTheDaysBetweenTwoDates() throws {
        #expect(try day("2026-01-01").days(until: day("2027-01-01")) == 365)
        #expect(try day("2024-01-01").days(until: day("2025-01-01")) == 366)
        #expect(try day("2026-11-23").days(until: day("2026-11-20")) == -3)
    }

    @Test func daysSinceEpochRoundTrips() throws {
        #expect(try day("1970-01-01").daysSinceEpoch == 0)
        #expect(try day("1969-12-31").daysSinceEpoch == -1)
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test(arguments: [
        ("2026-11-23", 1), ("2026-11-29", 7), ("1970-01-01", 4), ("1969-12-31", 3), ("2000-02-29", 2), ("2026-04-05", 7),
    ])
    func isoWeekdayRunsFromMondayOneToSundaySeven(_ text: String, _ weekday: Int) throws {
        #expect(try day(text).isoWeekday == weekday)
    }

    @Test func startOfDayInAmsterdamIsMidnightLocalTime() throws {
        // 23 November 2026: winter time, UTC+1.
        #expect(try day("2026-11-23").startOfDay(in: .amsterdam) == Date(timeIntervalSince1970: 1_795_388_400))
        // 1 July 2026: summer time, UTC+2.
        #expect(try day("2026-07-01").startOfDay(in: .amsterdam) == Date(timeIntervalSince1970: 1_782_856_800))
    }

    @Test func dayOnWhichSummerTimeStartsHasTwentyThreeHours() throws {
        let start = try day("2026-03-29").startOfDay(in: .amsterdam)
        let next = try day("2026-03-30").startOfDay(in: .amsterdam)
        #expect(start == Date(timeIntervalSince1970: 1_774_738_800))  // 2026-03-28T23:00Z
        #expect(next.timeIntervalSince(start) == 23 * 3600)
    }

    @Test func dayOnWhichSummerTimeEndsHasTwentyFiveHours() throws {
        let start = try day("2026-10-25").startOfDay(in: .amsterdam)
        let next = try day("2026-10-26").startOfDay(in: .amsterdam)
        #expect(start == Date(timeIntervalSince1970: 1_792_879_200))  // 2026-10-24T22:00Z
        #expect(next.timeIntervalSince(start) == 25 * 3600)
    }

    @Test func momentFallsOnTheDayOfItsTimeZone() throws {
        let halfPastMidnight = Date(timeIntervalSince1970: 1_795_390_200)  // 2026-11-22T23:30Z
        #expect(CalendarDate(halfPastMidnight, in: .amsterdam) == (try day("2026-11-23")))
        #expect(CalendarDate(halfPastMidnight, in: .gmt) == (try day("2026-11-22")))
        #expect(CalendarDate(TestClock.referenceDate, in: .amsterdam) == (try day("2026-11-23")))
    }

    @Test func startOfDayAndDayOfAMomentAgreeAcrossAYear() throws {
        var date = try day("2026-01-01")
        while date.year == 2026 {
            let start = date.startOfDay(in: .amsterdam)
            #expect(CalendarDate(start, in: .amsterdam) == date)
            #expect(CalendarDate(start.addingTimeInterval(-1), in: .amsterdam) == date.adding(days: -1))
            date = date.adding(days: 1)
        }
    }

    @Test func datesOrderChronologically() throws {
        #expect(try day("2025-12-31") < day("2026-01-01"))
        #expect(try day("2026-01-31") < day("2026-02-01"))
        #expect(try day("2026-02-01") < day("2026-02-02"))
        #expect(try [day("2026-03-01"), day("2025-01-01"), day("2026-01-01")].sorted().map(\.description)
            == ["2025-01-01", "2026-01-01", "2026-03-01"])
    }
}
