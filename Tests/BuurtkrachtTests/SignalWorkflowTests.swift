import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

/// The workflow table of the issue: new → {triaged, merged}, triaged → {contactAttempted,
/// noActionNeeded, merged}, contactAttempted → {referred, noActionNeeded, merged}; terminal
/// states allow nothing.
private let workflow: [Signal.Status: Set<Signal.Status>] = [
    .new: [.triaged, .merged],
    .triaged: [.contactAttempted, .noActionNeeded, .merged],
    .contactAttempted: [.referred, .noActionNeeded, .merged],
    .referred: [], .noActionNeeded: [], .merged: [],
]
private let allPairs = Signal.Status.allCases.flatMap { from in Signal.Status.allCases.map { (from, $0) } }
private let legalPairs = allPairs.filter { workflow[$0.0, default: []].contains($0.1) }
private let illegalPairs = allPairs.filter { !workflow[$0.0, default: []].contains($0.1) }

@Suite("Signal workflow")
struct SignalWorkflowTests {
    private func signal(in status: Signal.Status) -> Signal {
        let moment = TestClock.referenceDate
        let signal = Signal(
            id: "signal-1", subject: .anonymised, neighbourhood: homeNeighbourhood, reporter: Reporter(kind: .neighbour),
            category: .nuisance, severity: .moderate, observedAt: moment, reportedAt: moment
        )
        return Signal(restoring: signal, status: status, statusChangedAt: moment, contactAttempts: [], mergedInto: nil, closure: nil)
    }

    private func reportNuisance(_ world: TestNeighbourhood, number: String = "1") async throws -> Signal {
        try await world.services.signals.report(
            SignalReport(
                subject: .address(try world.address("Kerkstraat", number)), reporter: Reporter(kind: .neighbour),
                category: .nuisance, severity: .moderate, observedAt: world.clock.now
            ),
            context: world.teamMember
        ).signal
    }

    // MARK: The table

    @Test func allowedTargetsFollowTheWorkflowTable() {
        for status in Signal.Status.allCases {
            #expect(status.allowedTargets == workflow[status], "\(status)")
        }
    }

    @Test func referredNoActionNeededAndMergedAreTerminal() {
        #expect(Set(Signal.Status.allCases.filter(\.isTerminal)) == [.referred, .noActionNeeded, .merged])
        #expect(Signal.Status.open == [.new, .triaged, .contactAttempted])
    }

    @Test(arguments: legalPairs)
    func legalTransitionMovesTheSignal(_ from: Signal.Status, _ to: Signal.Status) throws {
        var signal = signal(in: from)
        let later = TestClock.referenceDate.addingTimeInterval(3600)
        try signal.transition(to: to, at: later)
        #expect(signal.status == to)
        #expect(signal.statusChangedAt == later)
    }

    @Test(arguments: illegalPairs)
    func illegalTransitionThrowsAndLeavesTheSignalAsItWas(_ from: Signal.Status, _ to: Signal.Status) {
        var signal = signal(in: from)
        let before = signal
        let error = expectError(.illegalTransition) { try signal.transition(to: to, at: TestClock.referenceDate.addingTimeInterval(60)) }
        #expect(error?.context["from"] == from.rawValue)
        #expect(error?.context["to"] == to.rawValue)
        #expect(error?.context["id"] == "signal-1")
        #expect(signal == before)
    }

    @Test func illegalTransitionFromATerminalStateSaysTheCaseIsClosed() {
        var signal = signal(in: .referred)
        let error = expectError(.illegalTransition) { try signal.transition(to: .triaged, at: TestClock.referenceDate) }
        #expect(error?.message.contains("closed") == true)
    }

    // MARK: Through the service

    @Test func reportedSignalIsNewWithTheReportTimeAndNeighbourhood() async throws {
        let world = try await TestNeighbourhood.make()
        world.clock.advance(by: .seconds(90))
        let signal = try await reportNuisance(world)
        #expect(signal.status == .new)
        #expect(signal.reportedAt == TestClock.referenceDate.addingTimeInterval(90))
        #expect(signal.neighbourhood == world.neighbourhood)
        #expect(signal.contactAttempts.isEmpty)
        #expect(signal.closure == nil)
    }

    @Test func triageRecordsSeverityAndAssignee() async throws {
        let world = try await TestNeighbourhood.make()
        let signal = try await reportNuisance(world)
        let triaged = try await world.services.signals.triage(
            signal.id, severity: .high, assignee: world.outreachWorker.professional, context: world.teamMember
        )
        #expect(triaged.status == .triaged)
        #expect(triaged.severity == .high)
        #expect(triaged.assignee == world.outreachWorker.professional)
        #expect(try await world.services.signals.signal(signal.id, context: world.teamMember) == triaged)
    }

    @Test func contactAttemptsAreRecordedWithChannelMomentResultAndProfessional() async throws {
        let world = try await TestNeighbourhood.make()
        let signals = world.services.signals
        let signal = try await reportNuisance(world)
        _ = try await signals.triage(signal.id, assignee: nil, context: world.teamMember)
        world.clock.advance(by: .seconds(3600))
        let first = world.clock.now
        _ = try await signals.recordContactAttempt(signal.id, channel: .phone, reached: false, context: world.teamMember)
        world.clock.advance(by: .days(1))
        let second = world.clock.now
        let attempted = try await signals.recordContactAttempt(signal.id, channel: .homeVisit, reached: true, context: world.coordinator)
        #expect(attempted.status == .contactAttempted)
        #expect(attempted.statusChangedAt == first)
        #expect(attempted.contactAttempts == [
            ContactAttempt(channel: .phone, at: first, reached: false, by: world.teamMember.professional),
            ContactAttempt(channel: .homeVisit, at: second, reached: true, by: world.coordinator.professional),
        ])
        #expect(attempted.firstContact?.at == second)
    }

    @Test func firstContactIsTheEarliestAttemptThatReachedTheResident() throws {
        var signal = signal(in: .triaged)
        let start = TestClock.referenceDate
        try signal.record(ContactAttempt(channel: .letter, at: start, reached: false))
        try signal.record(ContactAttempt(channel: .phone, at: start.addingTimeInterval(300), reached: true))
        try signal.record(ContactAttempt(channel: .homeVisit, at: start.addingTimeInterval(600), reached: true))
        #expect(signal.firstContact?.channel == .phone)
    }

    @Test func closingRecordsTheStatedResult() async throws {
        let world = try await TestNeighbourhood.make()
        let signals = world.services.signals
        let signal = try await reportNuisance(world)
        _ = try await signals.triage(signal.id, assignee: nil, context: world.teamMember)
        _ = try await signals.recordContactAttempt(signal.id, channel: .homeVisit, reached: true, context: world.teamMember)
        world.clock.advance(by: .days(2))
        let closed = try await signals.close(signal.id, as: .referred, summary: "Aangemeld bij GGZ", context: world.teamMember)
        #expect(closed.status == .referred)
        #expect(closed.closure == SignalClosure(
            outcome: .referred, summary: "Aangemeld bij GGZ", closedAt: world.clock.now, closedBy: world.teamMember.professional
        ))
        #expect(!closed.isOpen)
    }

    @Test func triagedSignalCanBeClosedAsNeedingNoAction() async throws {
        let world = try await TestNeighbourhood.make()
        let signal = try await reportNuisance(world)
        _ = try await world.services.signals.triage(signal.id, assignee: nil, context: world.teamMember)
        let closed = try await world.services.signals.close(signal.id, as: .noActionNeeded, summary: nil, context: world.teamMember)
        #expect(closed.closure?.outcome == .noActionNeeded)
    }

    @Test func contactAttemptOnAnUntriagedSignalIsRefusedAndChangesNothing() async throws {
        let world = try await TestNeighbourhood.make()
        let signal = try await reportNuisance(world)
        await expectError(.illegalTransition) {
            try await world.services.signals.recordContactAttempt(signal.id, channel: .phone, reached: true, context: world.teamMember)
        }
        #expect(try await world.services.signals.signal(signal.id, context: world.teamMember) == signal)
    }

    @Test func referringWithoutAContactAttemptIsRefused() async throws {
        let world = try await TestNeighbourhood.make()
        let signal = try await reportNuisance(world)
        _ = try await world.services.signals.triage(signal.id, assignee: nil, context: world.teamMember)
        await expectError(.illegalTransition) {
            try await world.services.signals.close(signal.id, as: .referred, summary: nil, context: world.teamMember)
        }
    }

    @Test func closedSignalTakesNoMoreContactAttempts() throws {
        var signal = signal(in: .noActionNeeded)
        expectError(.illegalTransition) { try signal.record(ContactAttempt(channel: .phone, at: TestClock.referenceDate, reached: true)) }
        #expect(signal.contactAttempts.isEmpty)
    }

    @Test func mergingMarksTheSignalMergedIntoTheOther() async throws {
        let world = try await TestNeighbourhood.make()
        let kept = try await reportNuisance(world)
        let duplicate = try await reportNuisance(world, number: "3")
        let merged = try await world.services.signals.merge(duplicate.id, into: kept.id, context: world.teamMember)
        #expect(merged.status == .merged)
        #expect(merged.mergedInto == kept.id)
        #expect(merged.closure?.outcome == .merged)
        #expect(merged.closure?.closedBy == world.teamMember.professional)
    }

    @Test func signalCannotBeMergedIntoItself() throws {
        var signal = signal(in: .new)
        expectError(.illegalTransition) { try signal.merge(into: signal.id, reason: "dubbel", by: nil, at: TestClock.referenceDate) }
        #expect(signal.status == .new)
    }

    @Test func mergingIntoAnUnknownSignalIsNotFound() async throws {
        let world = try await TestNeighbourhood.make()
        let signal = try await reportNuisance(world)
        let error = await expectError(.notFound) {
            try await world.services.signals.merge(signal.id, into: "signal-missing", context: world.teamMember)
        }
        #expect(error?.context["id"] == "signal-missing")
    }

    @Test func signalAboutAKnownClientTakesTheClientsAddress() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen", address: try world.address("Dorpsweg", "5", postcode: "2262AD"))
        let signal = try await world.services.signals.report(
            SignalReport(subject: .client(client.id), reporter: Reporter(kind: .outreachWorker), category: .socialIsolation,
                         severity: .moderate, observedAt: world.clock.now),
            context: world.coordinator
        ).signal
        #expect(signal.address == client.address)
        #expect(signal.fusionKey == "address:" + (try world.address("Dorpsweg", "5", postcode: "2262AD")).key.rawValue)
    }

    @Test func signalWithoutAKnownNeighbourhoodIsRefused() async throws {
        let world = try await TestNeighbourhood.make()
        let nowhere = Address(street: "Kerkstraat", houseNumber: "1", city: "Leidschendam")
        let error = await expectError(.missingField) {
            try await world.services.signals.report(
                SignalReport(subject: .address(nowhere), reporter: Reporter(kind: .neighbour), category: .nuisance,
                             severity: .low, observedAt: world.clock.now),
                context: world.teamMember
            )
        }
        #expect(error?.context["field"] == "neighbourhood")
    }

    @Test func newSignalCannotBeAboutAnAnonymisedSubject() async throws {
        let world = try await TestNeighbourhood.make()
        await expectError(.invalidValue) {
            try await world.services.signals.report(
                SignalReport(subject: .anonymised, neighbourhood: world.neighbourhood, reporter: Reporter(kind: .neighbour),
                             category: .nuisance, severity: .low, observedAt: world.clock.now),
                context: world.teamMember
            )
        }
    }

    @Test func partnerMayReportAnAddressButNotTriage() async throws {
        let world = try await TestNeighbourhood.make()
        let signal = try await world.services.signals.report(
            SignalReport(subject: .address(try world.address()), reporter: Reporter(kind: .police, partner: world.police),
                         category: .nuisance, severity: .high, observedAt: world.clock.now),
            context: world.policeOfficer
        ).signal
        #expect(signal.status == .new)
        let error = await expectError(.accessDenied) {
            try await world.services.signals.triage(signal.id, assignee: nil, context: world.policeOfficer)
        }
        #expect(error?.context["permission"] == Permission.triageSignals.rawValue)
    }
}
