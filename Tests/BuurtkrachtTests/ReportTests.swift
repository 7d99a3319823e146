import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Neighbourhood reports")
struct ReportTests {
    /// The numbers of the scenario below, computed by hand.
    ///
    /// Signals (reported by the team from Monday 23 November 2026, 10:00):
    /// - S1 rent arrears at Kerkstraat 1 (deadline 22 Dec), reached by phone a day later, referred;
    /// - S2 isolation at Kerkstraat 3, reached on a home visit that followed it, no action needed;
    /// - S3 nuisance at Dorpsweg 7, a visit without answer, still triaged;
    /// - S4 the same rent arrears again: a repeat, merged, left out;
    /// - S5 energy arrears with a cut-off at Dorpsweg 5 (deadline 27 Nov), reached after five days, referred;
    /// - one signal in the neighbourhood next door and one from September: left out.
    ///
    /// Plans: one in aanpakken (finances 1 → 3, housing 2 → 2), one in opvangen past its one-month
    /// programme (finances 2 → 3), one closed; one next door, left out.
    /// Group: two places, three enrolled. The report is made on 28 December 2026 for Q4.
    private struct Scenario {
        let world: TestNeighbourhood
        let clients: [Client.ID]
        let group: SelfHelpGroup.ID
    }

    private func buildScenario() async throws -> Scenario {
        let world = try await TestNeighbourhood.make()
        let services = world.services
        let signals = services.signals
        let team = world.teamMember
        func report(
            _ address: Address,
            _ reporter: Reporter,
            _ category: SignalCategory,
            arrears: Arrears? = nil
        ) async throws -> SignalReportOutcome {
            try await signals.report(
                SignalReport(subject: .address(address), reporter: reporter, category: category, severity: .high,
                             observedAt: world.clock.now, arrears: arrears),
                context: team
            )
        }
        let housing = Reporter(kind: .housingCorporation, partner: world.housingCorporation)
        let kerkstraat1 = try world.address("Kerkstraat", "1")
        let kerkstraat3 = try world.address("Kerkstraat", "3")
        let dorpsweg5 = try world.address("Dorpsweg", "5", postcode: "2262AD")
        let dorpsweg7 = try world.address("Dorpsweg", "7", postcode: "2262AD")

        world.clock.set(try amsterdam("2026-09-30", 12))
        _ = try await report(try world.address("Kerkstraat", "9"), Reporter(kind: .neighbour), .nuisance)
        world.clock.set(TestClock.referenceDate)

        let s1 = try await report(kerkstraat1, housing, .paymentArrears, arrears: Arrears(amountInCents: 120_000)).signal.id
        let s2 = try await report(kerkstraat3, Reporter(kind: .neighbour), .socialIsolation).signal.id
        let s3 = try await report(dorpsweg7, Reporter(kind: .police, partner: world.police), .nuisance).signal.id
        let s4 = try await report(kerkstraat1, housing, .paymentArrears, arrears: Arrears(amountInCents: 120_000))
        #expect(s4.repeatOf == s1)
        let s5 = try await report(
            dorpsweg5, Reporter(kind: .utilityCompany, organisation: "Dunea"), .paymentArrears,
            arrears: Arrears(amountInCents: 40_000, threat: .cutOff)
        ).signal.id
        _ = try await report(try world.address("Laan", "2", postcode: "2263AA", in: world.neighbourhoodNextDoor), Reporter(kind: .neighbour), .nuisance)
        for id in [s1, s2, s3, s5] { _ = try await signals.triage(id, assignee: nil, context: team) }

        world.clock.advance(by: .days(1))
        _ = try await signals.recordContactAttempt(s1, channel: .phone, reached: true, context: team)
        world.clock.advance(by: .days(4))
        _ = try await signals.recordContactAttempt(s5, channel: .homeVisit, reached: true, context: team)
        _ = try await services.outreach.record(subject: .address(kerkstraat3), signal: s2, outcome: .contactMade, context: world.outreachWorker)
        _ = try await services.outreach.record(subject: .address(dorpsweg7), signal: s3, outcome: .noAnswer, context: world.outreachWorker)
        _ = try await signals.close(s1, as: .referred, summary: nil, context: team)
        _ = try await signals.close(s5, as: .referred, summary: nil, context: team)
        _ = try await signals.close(s2, as: .noActionNeeded, summary: nil, context: team)

        let plans = services.plans
        let unableButWilling = Readiness(competence: .unable, motivation: .willing)
        let x = try await world.registerClient(familyName: "Bakker", address: try world.address("Kerkstraat", "11"))
        let y = try await world.registerClient(familyName: "Visser", address: try world.address("Kerkstraat", "13"))
        let z = try await world.registerClient(familyName: "Smit", address: try world.address("Kerkstraat", "15"))
        let w = try await world.registerClient(
            familyName: "Mulder", address: try world.address("Laan", "4", postcode: "2263AA", in: world.neighbourhoodNextDoor)
        )
        let p1 = try await plans.create(for: .client(x.id), context: world.coordinator)
        _ = try await plans.addGoal(to: p1.id, domain: .finances, description: "Schulden", baseline: .acuteProblems,
                                    target: .sufficientlySelfSufficient, readiness: unableButWilling, context: world.coordinator)
        _ = try await plans.addGoal(to: p1.id, domain: .housing, description: "Wonen", baseline: .notSelfSufficient,
                                    target: .sufficientlySelfSufficient, readiness: unableButWilling, context: world.coordinator)
        _ = try await plans.move(p1.id, to: .tackle, context: world.coordinator)
        let p2 = try await plans.create(for: .client(y.id), programme: Programme(name: "Kort", targetMonths: 1), context: world.coordinator)
        _ = try await plans.addGoal(to: p2.id, domain: .finances, description: "Budget", baseline: .notSelfSufficient,
                                    target: .barelySelfSufficient, readiness: unableButWilling, context: world.coordinator)
        let p3 = try await plans.create(for: .client(z.id), context: world.coordinator)
        _ = try await plans.close(p3.id, reason: .clientStopped, context: world.coordinator)
        let p4 = try await plans.create(for: .client(w.id), context: world.coordinator)
        _ = try await plans.addGoal(to: p4.id, domain: .finances, description: "Schulden", baseline: .acuteProblems,
                                    target: .fullySelfSufficient, readiness: unableButWilling, context: world.coordinator)
        world.clock.advance(by: .days(14))
        _ = try await plans.recordEvaluation(for: p1.id, scores: [.finances: .barelySelfSufficient, .housing: .notSelfSufficient], context: world.coordinator)
        _ = try await plans.recordEvaluation(for: p2.id, scores: [.finances: .barelySelfSufficient], context: world.coordinator)
        _ = try await plans.recordEvaluation(for: p4.id, scores: [.finances: .fullySelfSufficient], context: world.coordinator)

        let groups = services.groups
        let schedule = MeetingSchedule(weekday: 2, hour: 19, frequency: .weekly)
        let group = try await groups.create(
            name: "Grip op geld", theme: .debts, location: "Huis van de Buurt", neighbourhood: world.neighbourhood,
            schedule: schedule, capacity: 2, context: world.coordinator
        )
        _ = try await groups.create(
            name: "Samen sterk", theme: .loneliness, location: "Wijkhuis", neighbourhood: world.neighbourhoodNextDoor,
            schedule: schedule, capacity: 5, context: world.coordinator
        )
        for client in [x, y, z] { _ = try await groups.enrol(client.id, in: group.id, context: world.coordinator) }

        world.clock.set(try amsterdam("2026-12-28", 12))
        return Scenario(world: world, clients: [x.id, y.id, z.id, w.id], group: group.id)
    }

    private func fourthQuarterReport(_ scenario: Scenario) async throws -> NeighbourhoodReport {
        try await scenario.world.services.reports.neighbourhoodReport(
            for: scenario.world.neighbourhood, period: try .quarter(4, of: 2026), context: scenario.world.coordinator
        )
    }

    @Test func signalsAreCountedByCategoryAndSourceWithoutMergedRepeats() async throws {
        let report = try await fourthQuarterReport(try await buildScenario())
        #expect(report.signalCount == 4)
        #expect(report.signalsByCategory == [.paymentArrears: 2, .socialIsolation: 1, .nuisance: 1])
        #expect(report.signalsBySource == [.housingCorporation: 1, .neighbour: 1, .police: 1, .utilityCompany: 1])
    }

    @Test func contactTimesDeadlinesAndReferralsAreCounted() async throws {
        let report = try await fourthQuarterReport(try await buildScenario())
        #expect(report.medianDaysToFirstContact == 3)
        #expect(report.deadlinesMet == 1)
        #expect(report.deadlinesMissed == 1)
        #expect(report.shareReferred == 0.5)
    }

    @Test func plansAreCountedByPhaseWithOverdueAndAverageChange() async throws {
        let report = try await fourthQuarterReport(try await buildScenario())
        #expect(report.plansByPhase == [.tackle: 1, .stabilise: 1, .closed: 1])
        #expect(report.plansOverdue == 1)
        #expect(report.averageChangePerDomain == [.finances: 1.5, .housing: 0])
    }

    @Test func groupOccupancyAndFunnelAreReported() async throws {
        let scenario = try await buildScenario()
        let report = try await fourthQuarterReport(scenario)
        #expect(report.groups == [
            NeighbourhoodReport.GroupOccupancy(group: scenario.group, name: "Grip op geld", theme: .debts, capacity: 2, members: 2, waiting: 1)
        ])
        #expect(report.groups.first?.occupancy == 1)
        #expect(report.funnel == NeighbourhoodReport.Funnel(inScope: 4, reached: 3, helped: 2))
    }

    @Test func reportHoldsNoClientIdentifiersOrNames() async throws {
        let scenario = try await buildScenario()
        let json = String(decoding: try JSONEncoder().encode(try await fourthQuarterReport(scenario)), as: UTF8.self)
        for client in scenario.clients { #expect(!json.contains(client.rawValue)) }
        for text in ["Bakker", "Visser", "Kerkstraat", "Dorpsweg", "2262"] { #expect(!json.contains(text), "\(text)") }
    }

    @Test func reportOfAQuietNeighbourhoodIsEmpty() async throws {
        let scenario = try await buildScenario()
        let world = scenario.world
        let report = try await world.services.reports.neighbourhoodReport(
            for: world.neighbourhoodAcrossTown, period: try .quarter(4, of: 2026), context: world.coordinator
        )
        #expect(report.signalCount == 0)
        #expect(report.medianDaysToFirstContact == nil)
        #expect(report.shareReferred == nil)
        #expect(report.plansByPhase.isEmpty)
        #expect(report.funnel == NeighbourhoodReport.Funnel(inScope: 0, reached: 0, helped: 0))
    }

    @Test func unansweredDeadlineCountsAsMissedOnceItHasPassed() throws {
        let reported = TestClock.referenceDate
        let deadline = reported.addingTimeInterval(3 * 86_400)
        let signal = Signal(
            id: "signal-1", subject: .address(try makeAddress()), neighbourhood: homeNeighbourhood, address: try makeAddress(),
            reporter: Reporter(kind: .housingCorporation), category: .paymentArrears, severity: .high, observedAt: reported,
            reportedAt: reported, contactDeadline: deadline
        )
        func report(at now: Date) throws -> NeighbourhoodReport {
            NeighbourhoodReportBuilder(neighbourhood: homeNeighbourhood, period: try .quarter(4, of: 2026), timeZone: .amsterdam, now: now)
                .report(signals: [signal], visits: [], plans: [], groups: [])
        }
        #expect(try report(at: deadline.addingTimeInterval(-1)).deadlinesMissed == 0)
        #expect(try report(at: deadline).deadlinesMissed == 1)
        #expect(try report(at: deadline).deadlinesMet == 0)
    }

    @Test func readingAReportNeedsThePermissionAndIsAudited() async throws {
        let world = try await TestNeighbourhood.make()
        let period = try ReportPeriod.quarter(4, of: 2026)
        await expectError(.accessDenied) {
            try await world.services.reports.neighbourhoodReport(for: world.neighbourhood, period: period, context: world.policeOfficer)
        }
        _ = try await world.services.reports.neighbourhoodReport(for: world.neighbourhood, period: period, context: world.volunteerCoordinator)
        let reads = try await world.services.audit.entries(
            matching: AuditQuery(actor: world.volunteerCoordinator.professional, actions: [.read]), context: world.auditor
        )
        #expect(reads.map(\.record) == [RecordReference(kind: .report, id: "BU19160101/2026-10-01…2026-12-31")])
    }

    // MARK: Periods

    @Test func quarterRunsFromItsFirstToItsLastDay() throws {
        let q4 = try ReportPeriod.quarter(4, of: 2026)
        #expect(q4.first == (try day("2026-10-01")))
        #expect(q4.last == (try day("2026-12-31")))
        #expect(q4.description == "2026-10-01…2026-12-31")
        #expect(q4.start(in: .amsterdam) == (try amsterdam("2026-10-01")))
        #expect(q4.end(in: .amsterdam) == (try amsterdam("2027-01-01")))
        #expect(try ReportPeriod.quarter(1, of: 2024).last == (try day("2024-03-31")))
    }

    @Test func periodMustNotEndBeforeItStartsAndQuartersAreOneToFour() throws {
        expectError(.invalidValue) { try ReportPeriod(first: try day("2026-12-31"), last: try day("2026-10-01")) }
        expectError(.invalidValue) { try ReportPeriod.quarter(5, of: 2026) }
        #expect(try ReportPeriod(first: day("2026-11-23"), last: day("2026-11-23")).first == (try day("2026-11-23")))
    }
}
