import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtTestSupport
import BuurtkrachtTesting
import Foundation
import GRDB
import Testing

/// Erasing a resident: nothing of them is left to find, the audit chain still verifies, and
/// the neighbourhood report keeps every figure — on every store.
@Suite("Erasure")
struct ErasureTests {
    /// What identifies Fatima anywhere: her names, her sister's name, her BSN, her street, and
    /// the texts professionals wrote about her.
    static let traces = ["Fatima", "El Amrani", "Amina", "111222333", "Wilhelminastraat", "belt zelf de woningbouw"]

    /// A neighbourhood where Fatima has a signal about her, one about her address, a visit, a
    /// plan with goals, agreements and an evaluation, a tie, a group place with attendance, a
    /// consent, a break-the-glass grant and a referral; and where Jan, who stays, has some too.
    struct Scenario {
        let folder: ScratchFolder
        let world: TestNeighbourhood
        let file: String?
        let fatima: Client
        let jan: Client
        let household: Household.ID
    }

    static func scenario(_ store: PrivacyStore) async throws -> Scenario {
        let folder = try ScratchFolder()
        let (world, file) = try await store.world(in: folder)
        let services = world.services
        let home = try world.address("Wilhelminastraat", "12")
        let fatima = try await world.registerClient(familyName: "El Amrani", givenNames: "Fatima", bsn: try BSN("111222333"), address: home)
        let jan = try await world.registerClient(familyName: "Jansen", givenNames: "Jan")
        let household = try await services.clients.registerHousehold(address: home, members: [fatima.id], context: world.coordinator).id
        let team = world.coordinator
        let aboutHer = try await services.signals.report(
            SignalReport(subject: .client(fatima.id), reporter: Reporter(kind: .neighbour), category: .socialIsolation, severity: .high,
                         observedAt: world.clock.now, summary: "Fatima komt niet meer buiten"),
            context: team
        ).signal
        let aboutHome = try await services.signals.report(
            SignalReport(subject: .address(home), reporter: Reporter(kind: .housingCorporation, partner: world.housingCorporation),
                         category: .nuisance, severity: .high, observedAt: world.clock.now),
            context: team
        ).signal
        _ = try await services.signals.report(
            SignalReport(subject: .client(jan.id), reporter: Reporter(kind: .neighbour), category: .nuisance, severity: .low,
                         observedAt: world.clock.now),
            context: team
        )
        _ = try await services.signals.triage(aboutHome.id, assignee: nil, context: team)
        _ = try await services.signals.close(aboutHome.id, as: .noActionNeeded, summary: "Fatima belt zelf de woningbouw", context: team)
        _ = try await services.outreach.record(subject: .client(fatima.id), signal: aboutHer.id, outcome: .contactMade,
                                               summary: "Gesprek met Fatima", context: world.coordinator)

        let plans = services.plans
        let plan = try await plans.create(for: .client(fatima.id), context: world.coordinator)
        let readiness = Readiness(competence: .unable, motivation: .willing)
        _ = try await plans.addGoal(to: plan.id, domain: .finances, description: "Schulden van Fatima", baseline: .acuteProblems,
                                    target: .sufficientlySelfSufficient, readiness: readiness, context: world.coordinator)
        _ = try await plans.addAgreement(to: plan.id, text: "Fatima belt zelf de woningbouw", context: world.coordinator)
        world.clock.advance(by: .days(7))
        _ = try await plans.recordEvaluation(for: plan.id, scores: [.finances: .notSelfSufficient], summary: "Fatima gaat vooruit",
                                             context: world.coordinator)
        _ = try await services.network.addTie(to: fatima.id, counterpart: .person(name: "Amina El Amrani", relation: .family),
                                              frequency: .weekly, context: world.coordinator)
        let group = try await services.groups.create(
            name: "Samen sterk", theme: .loneliness, location: "Huis van de Buurt", neighbourhood: world.neighbourhood,
            schedule: MeetingSchedule(weekday: 2, hour: 19, frequency: .weekly), capacity: 5, context: world.coordinator
        )
        _ = try await services.groups.enrol(fatima.id, in: group.id, context: world.coordinator)
        _ = try await services.groups.enrol(jan.id, in: group.id, context: world.coordinator)
        _ = try await services.groups.recordAttendance(of: group.id, on: try CalendarDate(iso8601: "2026-11-24"),
                                                       present: [fatima.id, jan.id], context: world.coordinator)
        _ = try await services.consents.record(for: fatima.id, partner: world.debtAssistance, purpose: .debtAssistance,
                                               context: world.coordinator)
        _ = try await services.consents.breakGlass(for: fatima.id, reason: "Fatima in nood", context: world.policeOfficer)
        _ = try await services.referrals.refer(fatima.id, to: .partner(world.debtAssistance), purpose: .debtAssistance,
                                               need: "Fatima heeft schulden", sharesClientData: true, context: world.coordinator)
        return Scenario(folder: folder, world: world, file: file, fatima: fatima, jan: jan, household: household)
    }

    static func report(_ scenario: Scenario) async throws -> NeighbourhoodReport {
        try await scenario.world.services.reports.neighbourhoodReport(
            for: scenario.world.neighbourhood, period: try ReportPeriod.quarter(4, of: 2026), context: scenario.world.coordinator
        )
    }

    @Test("nothing of the resident is left in any store, and the file holds none of it", arguments: PrivacyStore.allCases)
    func nothingLeft(_ store: PrivacyStore) async throws {
        let scenario = try await Self.scenario(store)
        let storage = scenario.world.services.storage
        let before = try await StoreText.of(storage, households: [scenario.household])
        for trace in Self.traces { #expect(before.contains(trace), "the scenario holds \(trace)") }

        let report = try await scenario.world.services.erasure.erase(
            client: scenario.fatima.id, reason: .subjectRequest, context: scenario.world.dataOfficer
        )
        #expect(report.removed[.client] == 1 && report.removed[.household] == 1)
        // Two lawful-basis records: the public task recorded at registration, and the consent.
        #expect(report.removed[.tie] == 1 && report.removed[.consent] == 2 && report.removed[.breakGlassGrant] == 1)
        #expect(report.removed[.referral] == 1)
        #expect(report.anonymised[.signal] == 2 && report.anonymised[.plan] == 1 && report.anonymised[.visit] == 1)
        #expect(report.auditEntriesPseudonymised > 5)

        let after = try await StoreText.of(storage, households: [scenario.household])
        for trace in Self.traces + [scenario.fatima.id.rawValue] {
            #expect(!after.contains(trace), "\(trace) is still in the store")
        }
        #expect(after.contains(scenario.jan.id.rawValue), "Jan's data stays")
        #expect(try await storage.read { try $0.clients.clients(matching: ClientQuery(bsn: try BSN("111222333"))) }.isEmpty)

        if let file = scenario.file {
            let queue = try rawDatabase(file)
            _ = try await queue.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            for trace in Self.traces { #expect(bytes.range(of: Data(trace.utf8)) == nil, "\(trace) is still in the database file") }
        }
    }

    @Test("the audit chain still verifies, and the erasure is audited with its reason", arguments: PrivacyStore.allCases)
    func chainStillVerifies(_ store: PrivacyStore) async throws {
        let scenario = try await Self.scenario(store)
        let services = scenario.world.services
        let report = try await services.erasure.erase(client: scenario.fatima.id, reason: .subjectRequest, context: scenario.world.dataOfficer)
        let chain = try await services.verifyAuditChain(context: scenario.world.auditor)
        #expect(chain.isIntact, "\(String(describing: chain.firstBreak))")
        let entries = try await services.storage.read { try $0.audit.entries(matching: AuditQuery(actions: [.erase])) }
        #expect(entries.map(\.id) == [report.auditEntry])
        #expect(entries.first?.detail == "subjectRequest")
        #expect(entries.first?.subject == report.pseudonym)
        let pseudonymised = try await services.storage.read { try $0.audit.entries(matching: AuditQuery(subject: report.pseudonym)) }
        #expect(pseudonymised.filter(\.isPseudonymised).count == report.auditEntriesPseudonymised)
    }

    @Test("every figure of the neighbourhood report stays the same", arguments: PrivacyStore.allCases)
    func reportUnchanged(_ store: PrivacyStore) async throws {
        let scenario = try await Self.scenario(store)
        let before = try await Self.report(scenario)
        _ = try await scenario.world.services.erasure.erase(client: scenario.fatima.id, reason: .subjectRequest, context: scenario.world.dataOfficer)
        let after = try await Self.report(scenario)
        #expect(after == before)
        #expect(before.signalCount == 3)
    }

    @Test("roles without the data officer's permission are denied, and the denial is audited", arguments: PrivacyStore.allCases)
    func deniedWithoutPermission(_ store: PrivacyStore) async throws {
        let scenario = try await Self.scenario(store)
        let world = scenario.world
        for context in [world.coordinator, world.teamMember, world.policeOfficer, world.auditor, world.administrator] {
            let error = await #expect(throws: BuurtkrachtError.self) {
                try await world.services.erasure.erase(client: scenario.fatima.id, reason: .subjectRequest, context: context)
            }
            #expect(error?.code == .accessDenied)
            let denials = try await world.services.storage.read {
                try $0.audit.entries(matching: AuditQuery(actor: context.professional, outcome: .denied))
            }
            #expect(denials.contains { $0.record == RecordReference(kind: .client, id: scenario.fatima.id.rawValue) })
        }
        #expect(try await world.services.storage.read { try $0.clients.client(scenario.fatima.id) } != nil)
    }

    @Test("a record merged into the erased client is erased with it", arguments: PrivacyStore.allCases)
    func mergedRecordsGoToo(_ store: PrivacyStore) async throws {
        let scenario = try await Self.scenario(store)
        let world = scenario.world
        let twin = try await world.registerClient(familyName: "El-Amrani", givenNames: "Fatima")
        let pair = try await world.services.duplicates.flag(scenario.fatima.id, twin.id, context: world.coordinator)
        _ = try await world.services.duplicates.merge(pair.id, keeping: scenario.fatima.id, context: world.coordinator)
        let report = try await world.services.erasure.erase(client: scenario.fatima.id, reason: .subjectRequest, context: world.dataOfficer)
        #expect(report.removed[.client] == 2)
        #expect(try await world.services.storage.read { try $0.clients.client(twin.id) } == nil)
        let after = try await StoreText.of(world.services.storage, households: [scenario.household])
        #expect(!after.contains("Fatima") && !after.contains(twin.id.rawValue))
        #expect(try await world.services.verifyAuditChain(context: world.auditor).isIntact)
    }

    @Test func anUnknownClientIsNotFound() async throws {
        let (world, _) = try await PrivacyStore.inMemory.world(in: try ScratchFolder())
        let error = await #expect(throws: BuurtkrachtError.self) {
            try await world.services.erasure.erase(client: "client-nobody", reason: .subjectRequest, context: world.dataOfficer)
        }
        #expect(error?.code == .notFound)
    }

    @Test func aReasonIsACodeNotFreeText() throws {
        #expect(try ErasureReason(validating: "court-order.2026") == ErasureReason(rawValue: "court-order.2026"))
        for text in ["", "verzoek van Fatima El Amrani", String(repeating: "a", count: 65), "a;b"] {
            #expect(throws: BuurtkrachtError.self) { try ErasureReason(validating: text) }
        }
    }
}
