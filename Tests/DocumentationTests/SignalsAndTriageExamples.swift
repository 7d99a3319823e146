import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

/// The examples of the DocC article "Signals and triage", verbatim, run in a test neighbourhood.
@Suite struct SignalsAndTriageExamples {
    @Test func anArrearsSignalGetsADeadlineIsNotRepeatedAndIsWorkedToAResult() async throws {
        let world = try await TestNeighbourhood.make()
        let services = world.services
        let neighbourhood = world.neighbourhood
        let address = try world.address()
        let teamMember = world.teamMember
        let coordinator = world.coordinator

        let arrears = SignalReport(
            subject: .address(address),
            reporter: Reporter(kind: .housingCorporation, organisation: "Woonstichting Vliet"),
            category: .paymentArrears, severity: .high, observedAt: Date(),
            arrears: Arrears(amountInCents: 184_000, monthsInArrears: 3, threat: .eviction)
        )
        let outcome = try await services.signals.report(arrears, context: teamMember)
        let deadline = outcome.signal.contactDeadline   // three Dutch working days away

        // Monday 23 November 2026 10:00: three working days later is the end of Thursday.
        let expected = try CalendarDate(year: 2026, month: 11, day: 27).startOfDay(in: .amsterdam)
        #expect(deadline == expected)
        #expect(outcome.isNewCase)

        let again = try await services.signals.report(arrears, context: teamMember)
        let isNewCase = again.isNewCase   // false: the arrears have not grown

        #expect(isNewCase == false)
        #expect(again.repeatOf == outcome.signal.id)

        let queue = try await services.signals.triageQueue(for: neighbourhood, context: teamMember)
        for item in queue {
            print(item.categories, item.independentSources, item.severity, item.isOverdue)
        }

        #expect(queue.count == 1)
        #expect(queue.first?.categories == [.paymentArrears])

        let signal = outcome.signal.id
        _ = try await services.signals.triage(signal, assignee: coordinator.professional, context: teamMember)
        _ = try await services.signals.recordContactAttempt(signal, channel: .phone, reached: true, context: teamMember)
        _ = try await services.signals.close(signal, as: .referred, summary: "Naar schuldhulp", context: teamMember)

        #expect(try await services.signals.signal(signal, context: teamMember).status == .referred)
    }

    @Test func aLocalDeadlineRuleGivesPoliceSignalsADeadline() async throws {
        var policies = Policies()
        policies.contactDeadlines.rules[.police] = .init(standard: .workingDays(5))
        let localServices = Services(storage: InMemoryStorage(), environment: ServiceEnvironment(policies: policies))

        #expect(localServices.environment.policies.contactDeadlines.rules[.police]?.standard == .workingDays(5))
        let world = try await TestNeighbourhood.make(policies: localServices.environment.policies)
        let report = SignalReport(
            subject: .address(try world.address()), reporter: Reporter(kind: .police), category: .nuisance,
            severity: .moderate, observedAt: world.clock.now
        )
        let outcome = try await world.services.signals.report(report, context: world.policeOfficer)
        // Monday plus five working days: the end of the next Monday.
        #expect(outcome.signal.contactDeadline == (try CalendarDate(year: 2026, month: 12, day: 1).startOfDay(in: .amsterdam)))
    }
}
