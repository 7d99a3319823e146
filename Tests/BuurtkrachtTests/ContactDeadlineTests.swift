import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Contact deadlines")
struct ContactDeadlineTests {
    /// A signal from `kind`, reported at `reportedAt`.
    private func signal(
        from kind: SourceKind,
        category: SignalCategory = .paymentArrears,
        threat: Arrears.Threat? = Arrears.Threat.none,
        reportedAt: Date
    ) throws -> Signal {
        Signal(
            id: "signal-1", subject: .address(try makeAddress()), neighbourhood: homeNeighbourhood, address: try makeAddress(),
            reporter: Reporter(kind: kind), category: category, severity: .high, observedAt: reportedAt, reportedAt: reportedAt,
            arrears: threat.map { Arrears(amountInCents: 120_000, monthsInArrears: 2, threat: $0) }
        )
    }

    private func deadline(_ signal: Signal, policy: ContactDeadlinePolicy = .dutchDefault) -> Date? {
        policy.deadline(for: signal, in: .amsterdam)
    }

    @Test(arguments: [SourceKind.housingCorporation, .utilityCompany, .healthInsurer])
    func arrearsFromAnEarlyDebtSignallerGetTwentyEightCalendarDays(_ kind: SourceKind) throws {
        let reported = try amsterdam("2026-11-23", 10)
        // Counting starts the day after the report; the deadline is the end of the 28th day.
        #expect(deadline(try signal(from: kind, reportedAt: reported)) == (try amsterdam("2026-12-22")))
    }

    @Test(arguments: [Arrears.Threat.eviction, .cutOff])
    func threatOfEvictionOrCutOffShortensTheDeadlineToThreeWorkingDays(_ threat: Arrears.Threat) throws {
        let monday = try amsterdam("2026-11-23", 10)
        #expect(deadline(try signal(from: .housingCorporation, threat: threat, reportedAt: monday)) == (try amsterdam("2026-11-27")))
    }

    @Test func threeWorkingDaysRunAcrossAWeekend() throws {
        let thursday = try amsterdam("2026-11-26", 16)
        // Friday, Monday, Tuesday: due by the end of Tuesday 1 December.
        #expect(deadline(try signal(from: .utilityCompany, threat: .cutOff, reportedAt: thursday)) == (try amsterdam("2026-12-02")))
    }

    @Test(arguments: [
        ("2026-12-23", "2026-12-30"),  // Christmas: Thursday 24, Monday 28, Tuesday 29
        ("2026-04-23", "2026-04-30"),  // King's Day: Friday 24, Tuesday 28, Wednesday 29
        ("2026-04-01", "2026-04-09"),  // Easter: Thursday 2, Tuesday 7, Wednesday 8
        ("2026-05-12", "2026-05-19"),  // Ascension: Wednesday 13, Friday 15, Monday 18
    ])
    func threeWorkingDaysSkipPublicHolidays(_ reported: String, _ expected: String) throws {
        let signal = try signal(from: .housingCorporation, threat: .eviction, reportedAt: try amsterdam(reported, 9))
        #expect(deadline(signal) == (try amsterdam(expected)))
    }

    @Test(arguments: SourceKind.allCases.filter { !$0.isEarlyDebtSignaller })
    func otherSourcesGetNoDeadline(_ kind: SourceKind) throws {
        #expect(deadline(try signal(from: kind, reportedAt: TestClock.referenceDate)) == nil)
        #expect(deadline(try signal(from: kind, threat: .eviction, reportedAt: TestClock.referenceDate)) == nil)
    }

    @Test func earlyDebtSignallerReportingAnotherConcernGetsNoDeadline() throws {
        let nuisance = try signal(from: .housingCorporation, category: .nuisance, threat: nil, reportedAt: TestClock.referenceDate)
        #expect(deadline(nuisance) == nil)
    }

    @Test func earlyDebtSignallersAreLandlordsUtilitiesAndHealthInsurers() {
        #expect(Set(SourceKind.allCases.filter(\.isEarlyDebtSignaller)) == [.housingCorporation, .utilityCompany, .healthInsurer])
    }

    @Test func policyCanGiveAnotherSourceADeadline() throws {
        var policy = ContactDeadlinePolicy.dutchDefault
        policy.rules[.police] = .init(standard: .workingDays(5))
        let police = try signal(from: .police, category: .safety, threat: nil, reportedAt: try amsterdam("2026-11-23", 10))
        #expect(deadline(police, policy: policy) == (try amsterdam("2026-12-01")))
    }

    @Test func policyCanDropTheDeadlineOfASourceKind() throws {
        var policy = ContactDeadlinePolicy.dutchDefault
        policy.rules[.healthInsurer] = nil
        #expect(deadline(try signal(from: .healthInsurer, reportedAt: TestClock.referenceDate), policy: policy) == nil)
        #expect(deadline(try signal(from: .utilityCompany, reportedAt: TestClock.referenceDate), policy: policy) != nil)
    }

    @Test func ruleWithoutAThreatLimitUsesTheStandardLimitUnderThreat() throws {
        let policy = ContactDeadlinePolicy(rules: [.housingCorporation: .init(standard: .calendarDays(10))])
        let threatened = try signal(from: .housingCorporation, threat: .eviction, reportedAt: try amsterdam("2026-11-23", 10))
        #expect(deadline(threatened, policy: policy) == (try amsterdam("2026-12-04")))
    }

    @Test func extraClosingDaysOfThePolicyAreSkipped() throws {
        var policy = ContactDeadlinePolicy.dutchDefault
        policy.workingDays = DutchWorkingDays(extraClosedDays: [try day("2026-11-24")])
        let monday = try signal(from: .housingCorporation, threat: .eviction, reportedAt: try amsterdam("2026-11-23", 10))
        #expect(deadline(monday, policy: policy) == (try amsterdam("2026-11-28")))
    }

    @Test func deadlineRuleDescribesItsLimit() {
        #expect(DeadlineRule.calendarDays(28).description == "28 calendar days")
        #expect(DeadlineRule.workingDays(3).description == "3 working days")
        #expect(DeadlineRule.workingDays(1).description == "1 working day")
    }

    @Test func reportedSignalCarriesTheDeadlineOfThePolicy() async throws {
        let world = try await TestNeighbourhood.make()
        let outcome = try await world.services.signals.report(
            SignalReport(
                subject: .address(try world.address()), reporter: Reporter(kind: .housingCorporation, partner: world.housingCorporation),
                category: .paymentArrears, severity: .high, observedAt: world.clock.now,
                arrears: Arrears(amountInCents: 142_000, monthsInArrears: 2, threat: .eviction)
            ),
            context: world.teamMember
        )
        #expect(outcome.signal.contactDeadline == (try amsterdam("2026-11-27")))
    }

    @Test func servicesUseTheConfiguredPolicy() async throws {
        var deadlines = ContactDeadlinePolicy.dutchDefault
        deadlines.rules[.neighbour] = .init(standard: .calendarDays(7))
        let world = try await TestNeighbourhood.make(policies: Policies(contactDeadlines: deadlines))
        let outcome = try await world.services.signals.report(
            SignalReport(
                subject: .address(try world.address()), reporter: Reporter(kind: .neighbour), category: .socialIsolation,
                severity: .moderate, observedAt: world.clock.now
            ),
            context: world.teamMember
        )
        #expect(outcome.signal.contactDeadline == (try amsterdam("2026-12-01")))
    }
}
