import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtTesting
import Foundation
import Testing

/// The retention policy at fixed moments: what is old enough goes (or would go, in a dry run),
/// what is not stays.
@Suite("Retention")
struct RetentionTests {
    static func moment(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text + "T12:00:00Z"))
    }

    /// Ada's plan closed on 2010-03-01, Bert's on 2020-03-01, Cor's is open; a signal about an
    /// address was closed without action on 2010-03-01, another on 2025-12-01. The tests apply
    /// ten years and six months on 2026-05-01 (periods count in Amsterdam time).
    struct Scenario {
        let folder: ScratchFolder
        let world: TestNeighbourhood
        let ada: Client.ID
        let bert: Client.ID
        let cor: Client.ID
        let oldSignal: Signal.ID
        let recentSignal: Signal.ID
    }

    static func scenario(_ store: PrivacyStore) async throws -> Scenario {
        let clock = TestClock(try moment("2010-01-01"))
        let folder = try ScratchFolder()
        let (world, _) = try await store.world(clock: clock, in: folder)
        let plans = world.services.plans
        func client(_ name: String, closingAt closing: String?) async throws -> Client.ID {
            let client = try await world.registerClient(familyName: name)
            let plan = try await plans.create(for: .client(client.id), context: world.coordinator)
            if let closing {
                clock.set(try moment(closing))
                _ = try await plans.close(plan.id, reason: .clientStopped, context: world.coordinator)
            }
            return client.id
        }
        // At addresses of their own: a dwelling is its postcode and number, and the clients live at 2262AB 1.
        func noActionSignal(_ street: String, postcode: String, closingAt closing: String) async throws -> Signal.ID {
            let signal = try await world.services.signals.report(
                SignalReport(subject: .address(try world.address(street, "1", postcode: postcode)), reporter: Reporter(kind: .neighbour),
                             category: .nuisance, severity: .low, observedAt: clock.now, summary: "Geluid bij \(street)"),
                context: world.teamMember
            ).signal.id
            clock.set(try moment(closing))
            _ = try await world.services.signals.triage(signal, assignee: nil, context: world.teamMember)
            _ = try await world.services.signals.close(signal, as: .noActionNeeded, summary: nil, context: world.teamMember)
            return signal
        }
        let ada = try await client("Ada", closingAt: "2010-03-01")
        let old = try await noActionSignal("Dorpsweg", postcode: "2264EF", closingAt: "2010-03-01")
        clock.set(try moment("2020-01-01"))
        let bert = try await client("Bert", closingAt: "2020-03-01")
        let cor = try await client("Cor", closingAt: nil)
        clock.set(try moment("2025-11-01"))
        let recent = try await noActionSignal("Kerkweg", postcode: "2263CD", closingAt: "2025-12-01")
        return Scenario(folder: folder, world: world, ada: ada, bert: bert, cor: cor, oldSignal: old, recentSignal: recent)
    }

    static var policy: RetentionPolicy { get throws { try RetentionPolicy(closedPlanYears: 10, noActionSignalMonths: 6) } }

    @Test("a dry run lists what is too old and changes nothing", arguments: PrivacyStore.allCases)
    func dryRun(_ store: PrivacyStore) async throws {
        let scenario = try await Self.scenario(store)
        scenario.world.clock.set(try Self.moment("2026-05-01"))
        let report = try await scenario.world.services.retention.apply(try Self.policy, dryRun: true, context: scenario.world.dataOfficer)
        #expect(report.dryRun)
        #expect(report.clients == [scenario.ada])
        #expect(report.signals == [scenario.oldSignal])
        #expect(report.erasures.isEmpty)
        let storage = scenario.world.services.storage
        #expect(try await storage.read { try $0.clients.client(scenario.ada) } != nil)
        #expect(try await storage.read { try $0.signals.signal(scenario.oldSignal)?.summary } == "Geluid bij Dorpsweg")
    }

    @Test("applying erases the old client, anonymises the old signal, keeps the rest", arguments: PrivacyStore.allCases)
    func apply(_ store: PrivacyStore) async throws {
        let scenario = try await Self.scenario(store)
        scenario.world.clock.set(try Self.moment("2026-05-01"))
        let services = scenario.world.services
        let report = try await services.retention.apply(try Self.policy, dryRun: false, context: scenario.world.dataOfficer)
        #expect(report.erasures.count == 1)
        let storage = services.storage
        #expect(try await storage.read { try $0.clients.client(scenario.ada) } == nil)
        for kept in [scenario.bert, scenario.cor] { #expect(try await storage.read { try $0.clients.client(kept) } != nil) }
        let old = try await storage.read { try $0.signals.signal(scenario.oldSignal) }
        #expect(old?.subject == .anonymised && old?.address == nil && old?.summary == nil)
        let recent = try await storage.read { try $0.signals.signal(scenario.recentSignal) }
        #expect(recent?.summary == "Geluid bij Kerkweg")
        #expect(try await services.verifyAuditChain(context: scenario.world.auditor).isIntact)
        let erasures = try await storage.read { try $0.audit.entries(matching: AuditQuery(actions: [.erase])) }
        #expect(erasures.count == 2 && erasures.allSatisfy { $0.detail == "retentionExpired" })
    }

    @Test("the plan cutoff is exact: closed ten years ago to the second stays, a second earlier goes")
    func cutoffIsExact() async throws {
        let scenario = try await Self.scenario(.inMemory)
        let retention = scenario.world.services.retention
        scenario.world.clock.set(try Self.moment("2020-03-01"))
        #expect(try await retention.apply(try Self.policy, dryRun: true, context: scenario.world.dataOfficer).clients.isEmpty)
        scenario.world.clock.set(try Self.moment("2020-03-01").addingTimeInterval(1))
        #expect(try await retention.apply(try Self.policy, dryRun: true, context: scenario.world.dataOfficer).clients == [scenario.ada])
    }

    @Test func retentionNeedsTheDataOfficer() async throws {
        let scenario = try await Self.scenario(.inMemory)
        let error = await #expect(throws: BuurtkrachtError.self) {
            try await scenario.world.services.retention.apply(try Self.policy, dryRun: true, context: scenario.world.coordinator)
        }
        #expect(error?.code == .accessDenied)
    }

    @Test func periodsBelowOneAreRefused() {
        #expect(throws: BuurtkrachtError.self) { try RetentionPolicy(closedPlanYears: 0, noActionSignalMonths: 6) }
        #expect(throws: BuurtkrachtError.self) { try RetentionPolicy(closedPlanYears: 10, noActionSignalMonths: 0) }
    }
}
