import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Triage queue")
struct TriageQueueTests {
    private let now = TestClock.referenceDate
    private let queue = TriageQueue(policy: TriagePolicy())

    private let police = Reporter(kind: .police, partner: "partner-police")
    private let neighbour = Reporter(kind: .neighbour)
    private let housing = Reporter(kind: .housingCorporation, organisation: "Woonstad")

    /// A signal about `address`, observed and reported `daysAgo` days before now.
    private func signal(
        _ number: Int,
        at address: Address,
        from reporter: Reporter,
        severity: Severity = .moderate,
        daysAgo: Int = 0,
        deadline: Date? = nil,
        status: Signal.Status = .new,
        category: SignalCategory = .nuisance
    ) -> Signal {
        let moment = now.addingTimeInterval(-Double(daysAgo) * 86_400)
        let signal = Signal(
            id: Signal.ID(String(format: "signal-%02d", number)), subject: .address(address), neighbourhood: homeNeighbourhood,
            address: address, reporter: reporter, category: category, severity: severity, observedAt: moment,
            reportedAt: moment, contactDeadline: deadline
        )
        return Signal(restoring: signal, status: status, statusChangedAt: moment, contactAttempts: [], mergedInto: nil, closure: nil)
    }

    // MARK: Ordering

    @Test func moreSevereItemsComeFirst() throws {
        let items = queue.items(
            from: [
                signal(1, at: try makeAddress("A", "1"), from: police, severity: .low, deadline: now.addingTimeInterval(-3600)),
                signal(2, at: try makeAddress("A", "1"), from: neighbour, severity: .low),
                signal(3, at: try makeAddress("B", "2", postcode: "2262AC"), from: neighbour, severity: .acute),
                signal(4, at: try makeAddress("C", "3", postcode: "2262AD"), from: neighbour, severity: .high),
            ],
            now: now
        )
        #expect(items.map(\.severity) == [.acute, .high, .low])
        #expect(items.map(\.signals) == [["signal-03"], ["signal-04"], ["signal-01", "signal-02"]])
    }

    @Test func amongEquallySevereItemsMoreIndependentSourcesComeFirst() throws {
        let single = try makeAddress("A", "1")
        let double = try makeAddress("B", "2", postcode: "2262AC")
        let items = queue.items(
            from: [
                signal(1, at: single, from: housing, deadline: now.addingTimeInterval(-3600)),
                signal(2, at: double, from: police),
                signal(3, at: double, from: neighbour),
            ],
            now: now
        )
        #expect(items.map(\.independentSources) == [2, 1])
        #expect(items.first?.address == double)
    }

    @Test func amongEqualItemsOverdueComeFirstThenTheNearestDeadlineThenThoseWithout() throws {
        let items = queue.items(
            from: [
                signal(1, at: try makeAddress("A", "1"), from: neighbour),
                signal(2, at: try makeAddress("B", "2"), from: neighbour, deadline: now.addingTimeInterval(7 * 86_400)),
                signal(3, at: try makeAddress("C", "3"), from: neighbour, deadline: now.addingTimeInterval(-3600)),
                signal(4, at: try makeAddress("D", "4"), from: neighbour, deadline: now.addingTimeInterval(86_400)),
            ],
            now: now
        )
        #expect(items.map(\.signals) == [["signal-03"], ["signal-04"], ["signal-02"], ["signal-01"]])
        #expect(items.map(\.isOverdue) == [true, false, false, false])
        #expect(items.map(\.secondsLeft) == [-3600, 86_400, 7 * 86_400, nil])
    }

    @Test func remainingTiesGoToTheOldestReport() throws {
        let items = queue.items(
            from: [
                signal(1, at: try makeAddress("A", "1"), from: neighbour, daysAgo: 1),
                signal(2, at: try makeAddress("B", "2"), from: neighbour, daysAgo: 3),
            ],
            now: now
        )
        #expect(items.map(\.signals) == [["signal-02"], ["signal-01"]])
    }

    // MARK: Multi-source fusion

    @Test func independentSignalsAboutOneAddressBecomeOneItem() throws {
        let address = try makeAddress()
        let items = queue.items(
            from: [
                signal(1, at: address, from: police, severity: .moderate, daysAgo: 3, category: .nuisance),
                signal(2, at: address, from: neighbour, severity: .high, daysAgo: 2, category: .socialIsolation),
                signal(3, at: address, from: housing, severity: .moderate, daysAgo: 1, deadline: now.addingTimeInterval(86_400),
                       category: .paymentArrears),
            ],
            now: now
        )
        let item = try #require(items.first)
        #expect(items.count == 1)
        #expect(item.independentSources == 3)
        #expect(item.signals == ["signal-01", "signal-02", "signal-03"])
        #expect(item.categories == [.nuisance, .paymentArrears, .socialIsolation])
        #expect(item.severity == .high)
        #expect(item.contactDeadline == now.addingTimeInterval(86_400))
        #expect(item.firstReportedAt == now.addingTimeInterval(-3 * 86_400))
    }

    @Test func sameSourceTwiceCountsOnce() throws {
        let address = try makeAddress()
        let items = queue.items(
            from: [signal(1, at: address, from: police, daysAgo: 2), signal(2, at: address, from: police)],
            now: now
        )
        #expect(items.map(\.independentSources) == [1])
        #expect(items.first?.signals.count == 2)
    }

    @Test func sameOrganisationWrittenDifferentlyCountsOnce() throws {
        let address = try makeAddress()
        let items = queue.items(
            from: [
                signal(1, at: address, from: Reporter(kind: .housingCorporation, organisation: "Woonstad")),
                signal(2, at: address, from: Reporter(kind: .housingCorporation, organisation: "WOONSTAD ")),
            ],
            now: now
        )
        #expect(items.first?.independentSources == 1)
    }

    @Test func sourceOlderThanTheFusionWindowDoesNotCount() throws {
        let address = try makeAddress()
        let items = queue.items(
            from: [signal(1, at: address, from: police, daysAgo: 31), signal(2, at: address, from: neighbour)],
            now: now
        )
        let item = try #require(items.first)
        #expect(item.signals == ["signal-01", "signal-02"])
        #expect(item.independentSources == 1)
    }

    @Test func sourceJustInsideTheFusionWindowCounts() throws {
        let address = try makeAddress()
        let items = queue.items(
            from: [signal(1, at: address, from: police, daysAgo: 30), signal(2, at: address, from: neighbour)],
            now: now
        )
        #expect(items.first?.independentSources == 2)
    }

    @Test func fusionWindowIsConfigurable() throws {
        let address = try makeAddress()
        let shortWindow = TriageQueue(policy: TriagePolicy(fusionWindow: .days(7)))
        let items = shortWindow.items(
            from: [signal(1, at: address, from: police, daysAgo: 8), signal(2, at: address, from: neighbour)],
            now: now
        )
        #expect(items.first?.independentSources == 1)
    }

    @Test func recentlyClosedSignalCountsAsASourceButIsNotListed() throws {
        let address = try makeAddress()
        let items = queue.items(
            from: [signal(1, at: address, from: police, daysAgo: 10, status: .noActionNeeded), signal(2, at: address, from: neighbour)],
            now: now
        )
        #expect(items.first?.signals == ["signal-02"])
        #expect(items.first?.independentSources == 2)
    }

    @Test func mergedDuplicateFromAnotherSourceStillCountsAsASourceButIsNotListed() throws {
        let address = try makeAddress()
        let items = queue.items(
            from: [signal(1, at: address, from: police), signal(2, at: address, from: neighbour, status: .merged)],
            now: now
        )
        #expect(items.first?.signals == ["signal-01"])
        #expect(items.first?.independentSources == 2)
    }

    // MARK: What is listed

    @Test func onlyOpenSignalsAreListed() throws {
        let items = queue.items(
            from: [
                signal(1, at: try makeAddress("A", "1"), from: neighbour, status: .referred),
                signal(2, at: try makeAddress("B", "2"), from: neighbour, status: .noActionNeeded),
                signal(3, at: try makeAddress("C", "3"), from: neighbour, status: .merged),
                signal(4, at: try makeAddress("D", "4"), from: neighbour, status: .triaged),
                signal(5, at: try makeAddress("E", "5"), from: neighbour, status: .contactAttempted),
            ],
            now: now
        )
        #expect(Set(items.flatMap(\.signals)) == ["signal-04", "signal-05"])
    }

    @Test func itemShowsTheLeastAdvancedStatusOfItsSignals() throws {
        let address = try makeAddress()
        let items = queue.items(
            from: [signal(1, at: address, from: police, status: .contactAttempted), signal(2, at: address, from: neighbour, status: .triaged)],
            now: now
        )
        #expect(items.first?.status == .triaged)
    }

    // MARK: Through the service

    @Test func serviceFusesPoliceNeighbourAndHousingCorporationAboutOneAddress() async throws {
        let world = try await TestNeighbourhood.make()
        let address = try world.address()
        let reports = [
            SignalReport(subject: .address(address), reporter: Reporter(kind: .police, partner: world.police), category: .nuisance,
                         severity: .high, observedAt: world.clock.now),
            SignalReport(subject: .address(address), reporter: Reporter(kind: .neighbour), category: .socialIsolation,
                         severity: .moderate, observedAt: world.clock.now),
            SignalReport(subject: .address(address), reporter: Reporter(kind: .housingCorporation, partner: world.housingCorporation),
                         category: .paymentArrears, severity: .moderate, observedAt: world.clock.now,
                         arrears: Arrears(amountInCents: 90_000)),
        ]
        var ids: [Signal.ID] = []
        for report in reports {
            ids.append(try await world.services.signals.report(report, context: world.teamMember).signal.id)
        }
        let items = try await world.services.signals.triageQueue(for: world.neighbourhood, context: world.teamMember)
        #expect(items.count == 1)
        #expect(items.first?.signals == ids)
        #expect(items.first?.independentSources == 3)
        #expect(items.first?.severity == .high)
    }

    @Test func serviceCountsOnlySourcesWithinThirtyDays() async throws {
        let world = try await TestNeighbourhood.make()
        let address = try world.address()
        _ = try await world.services.signals.report(
            SignalReport(subject: .address(address), reporter: Reporter(kind: .police, partner: world.police), category: .nuisance,
                         severity: .moderate, observedAt: world.clock.now),
            context: world.policeOfficer
        )
        world.clock.advance(by: .days(31))
        _ = try await world.services.signals.report(
            SignalReport(subject: .address(address), reporter: Reporter(kind: .neighbour), category: .nuisance,
                         severity: .moderate, observedAt: world.clock.now),
            context: world.teamMember
        )
        let items = try await world.services.signals.triageQueue(for: world.neighbourhood, context: world.teamMember)
        #expect(items.first?.signals.count == 2)
        #expect(items.first?.independentSources == 1)
    }

    @Test func serviceListsOnlyTheNeighbourhoodsOpenSignals() async throws {
        let world = try await TestNeighbourhood.make()
        let signals = world.services.signals
        func report(_ address: Address) async throws -> Signal.ID {
            try await signals.report(
                SignalReport(subject: .address(address), reporter: Reporter(kind: .neighbour), category: .nuisance,
                             severity: .moderate, observedAt: world.clock.now),
                context: world.teamMember
            ).signal.id
        }
        let open = try await report(try world.address("Kerkstraat", "1"))
        let closed = try await report(try world.address("Kerkstraat", "3"))
        let merged = try await report(try world.address("Kerkstraat", "5"))
        _ = try await report(try world.address("Laan", "2", postcode: "2263AA", in: world.neighbourhoodNextDoor))
        _ = try await signals.triage(closed, assignee: nil, context: world.teamMember)
        _ = try await signals.close(closed, as: .noActionNeeded, summary: nil, context: world.teamMember)
        _ = try await signals.merge(merged, into: open, context: world.teamMember)

        let items = try await signals.triageQueue(for: world.neighbourhood, context: world.teamMember)
        #expect(items.map(\.signals) == [[open]])
        let nextDoor = try await signals.triageQueue(for: world.neighbourhoodNextDoor, context: world.teamMember)
        #expect(nextDoor.count == 1)
        #expect(nextDoor.first?.signals.contains(open) == false)
    }

    @Test func readingTheQueueAuditsEveryListedSignal() async throws {
        let world = try await TestNeighbourhood.make()
        let id = try await world.services.signals.report(
            SignalReport(subject: .address(try world.address()), reporter: Reporter(kind: .neighbour), category: .nuisance,
                         severity: .moderate, observedAt: world.clock.now),
            context: world.teamMember
        ).signal.id
        _ = try await world.services.signals.triageQueue(for: world.neighbourhood, context: world.teamMember)
        let reads = try await world.services.audit.entries(
            matching: AuditQuery(actor: world.teamMember.professional, record: RecordReference(kind: .signal, id: id.rawValue), actions: [.read]),
            context: world.auditor
        )
        #expect(reads.count == 1)
        #expect(reads.first?.purpose == .signalTriage)
    }
}
