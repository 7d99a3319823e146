import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Repeat arrears signals")
struct RepeatArrearsTests {
    private func reportArrears(
        _ world: TestNeighbourhood,
        cents: Int,
        threat: Arrears.Threat = .none,
        creditor: Partner.ID? = nil,
        address: Address? = nil
    ) async throws -> SignalReportOutcome {
        try await world.services.signals.report(
            SignalReport(
                subject: .address(try address ?? world.address()),
                reporter: Reporter(kind: .housingCorporation, partner: creditor ?? world.housingCorporation),
                category: .paymentArrears, severity: .high, observedAt: world.clock.now,
                arrears: Arrears(amountInCents: cents, monthsInArrears: 2, threat: threat)
            ),
            context: world.teamMember
        )
    }

    @Test func repeatThatDidNotGrowIsMergedIntoTheEarlierSignalAndOpensNoCase() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await reportArrears(world, cents: 120_000)
        world.clock.advance(by: .days(30))
        let again = try await reportArrears(world, cents: 120_000)
        #expect(first.isNewCase)
        #expect(again.repeatOf == first.signal.id)
        #expect(!again.isNewCase)
        #expect(again.signal.status == .merged)
        #expect(again.signal.mergedInto == first.signal.id)
        #expect(again.signal.closure?.closedBy == nil)
        let items = try await world.services.signals.triageQueue(for: world.neighbourhood, context: world.teamMember)
        #expect(items.map(\.signals) == [[first.signal.id]])
    }

    @Test func repeatIsStored() async throws {
        let world = try await TestNeighbourhood.make()
        _ = try await reportArrears(world, cents: 120_000)
        let again = try await reportArrears(world, cents: 120_000)
        let stored = try await world.stored { try $0.signals.signal(again.signal.id) }
        #expect(stored == again.signal)
    }

    @Test func repeatWithALowerAmountIsNoNewCase() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await reportArrears(world, cents: 120_000)
        let again = try await reportArrears(world, cents: 80_000)
        #expect(again.repeatOf == first.signal.id)
    }

    @Test func grownAmountOpensANewCase() async throws {
        let world = try await TestNeighbourhood.make()
        _ = try await reportArrears(world, cents: 120_000)
        world.clock.advance(by: .days(30))
        let grown = try await reportArrears(world, cents: 180_000)
        #expect(grown.isNewCase)
        #expect(grown.repeatOf == nil)
        #expect(grown.signal.status == .new)
    }

    @Test(arguments: [Arrears.Threat.eviction, .cutOff])
    func newThreatOpensANewCase(_ threat: Arrears.Threat) async throws {
        let world = try await TestNeighbourhood.make()
        _ = try await reportArrears(world, cents: 120_000)
        let threatened = try await reportArrears(world, cents: 120_000, threat: threat)
        #expect(threatened.isNewCase)
        #expect(threatened.signal.status == .new)
    }

    @Test func repeatOfTheGrownSignalIsMergedIntoTheGrownOne() async throws {
        let world = try await TestNeighbourhood.make()
        _ = try await reportArrears(world, cents: 120_000)
        world.clock.advance(by: .days(10))
        let grown = try await reportArrears(world, cents: 180_000)
        world.clock.advance(by: .days(10))
        let again = try await reportArrears(world, cents: 180_000)
        #expect(again.repeatOf == grown.signal.id)
    }

    @Test func sameAmountFromAnotherCreditorOpensANewCase() async throws {
        let world = try await TestNeighbourhood.make()
        _ = try await reportArrears(world, cents: 120_000)
        let other = try await reportArrears(world, cents: 120_000, creditor: world.debtAssistance)
        #expect(other.isNewCase)
    }

    @Test func sameAmountAboutAnotherAddressOpensANewCase() async throws {
        let world = try await TestNeighbourhood.make()
        _ = try await reportArrears(world, cents: 120_000)
        let other = try await reportArrears(world, cents: 120_000, address: try world.address("Kerkstraat", "3"))
        #expect(other.isNewCase)
    }

    @Test func repeatWithinTheRepeatWindowIsNoNewCase() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await reportArrears(world, cents: 120_000)
        world.clock.advance(by: .days(180))
        #expect(try await reportArrears(world, cents: 120_000).repeatOf == first.signal.id)
    }

    @Test func repeatOutsideTheRepeatWindowOpensANewCase() async throws {
        let world = try await TestNeighbourhood.make()
        _ = try await reportArrears(world, cents: 120_000)
        world.clock.advance(by: .days(181))
        #expect(try await reportArrears(world, cents: 120_000).isNewCase)
    }

    @Test func repeatWindowIsConfigurable() async throws {
        let world = try await TestNeighbourhood.make(policies: Policies(triage: TriagePolicy(repeatWindow: .days(14))))
        _ = try await reportArrears(world, cents: 120_000)
        world.clock.advance(by: .days(15))
        #expect(try await reportArrears(world, cents: 120_000).isNewCase)
    }

    @Test func otherCategoriesAreNeverRepeats() throws {
        let moment = TestClock.referenceDate
        let address = try makeAddress()
        func signal(_ id: Signal.ID, _ category: SignalCategory) -> Signal {
            Signal(
                id: id, subject: .address(address), neighbourhood: homeNeighbourhood, address: address,
                reporter: Reporter(kind: .housingCorporation, organisation: "Woonstad"), category: category, severity: .high,
                observedAt: moment, reportedAt: moment, arrears: Arrears(amountInCents: 10_000)
            )
        }
        let policy = TriagePolicy()
        #expect(policy.isRepeat(signal("signal-2", .paymentArrears), of: signal("signal-1", .paymentArrears)))
        #expect(!policy.isRepeat(signal("signal-2", .nuisance), of: signal("signal-1", .nuisance)))
        #expect(!policy.isRepeat(signal("signal-1", .paymentArrears), of: signal("signal-1", .paymentArrears)))
    }
}
