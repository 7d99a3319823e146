import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Audit trail")
struct AuditTests {
    private func registerJansen(_ world: TestNeighbourhood) async throws -> Client {
        try await world.registerClient(
            familyName: "Jansen", givenNames: "Kees", birthDate: try day("1961-03-02"), bsn: try BSN("111222333"),
            address: try world.address("Zuidsingel", "17")
        )
    }

    private func entries(_ world: TestNeighbourhood, _ query: AuditQuery) async throws -> [AuditEntry] {
        try await world.services.audit.entries(matching: query, context: world.auditor)
    }

    @Test func registeringAClientAppendsACreateEntry() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        let entry = try #require(try await entries(world, AuditQuery(subject: client.id)).first)
        #expect(entry.action == .create)
        #expect(entry.actor == world.coordinator.professional)
        #expect(entry.partner == world.team)
        #expect(entry.role == .coordinator)
        #expect(entry.purpose == .guidance)
        #expect(entry.record == RecordReference(kind: .client, id: client.id.rawValue))
        #expect(entry.outcome == .allowed)
        #expect(entry.basis == .publicTask)
        #expect(entry.at == world.clock.now)
    }

    @Test func readingAndUpdatingAClientAppendEntries() async throws {
        let world = try await TestNeighbourhood.make()
        var client = try await registerJansen(world)
        world.clock.advance(by: .seconds(60))
        _ = try await world.services.clients.client(client.id, context: world.coordinator)
        client.problemAreas = [.finances]
        _ = try await world.services.clients.update(client, context: world.coordinator)
        let trail = try await entries(world, AuditQuery(subject: client.id))
        #expect(trail.map(\.action) == [.create, .read, .update])
        #expect(trail.dropFirst().allSatisfy { $0.at == world.clock.now && $0.basis == .publicTask })
    }

    @Test func everyServiceWriteAboutAClientIsAudited() async throws {
        let world = try await TestNeighbourhood.make()
        let services = world.services
        let client = try await registerJansen(world)
        let plan = try await services.plans.create(for: .client(client.id), context: world.coordinator)
        _ = try await services.plans.addAgreement(to: plan.id, text: "Post samen openen", context: world.coordinator)
        _ = try await services.network.addTie(
            to: client.id, counterpart: .person(name: "Anke", relation: .family), frequency: .weekly, context: world.coordinator
        )
        _ = try await services.consents.record(for: client.id, partner: world.debtAssistance, purpose: .debtAssistance, context: world.coordinator)
        _ = try await services.referrals.refer(
            client.id, to: .partner(world.debtAssistance), purpose: .debtAssistance, sharesClientData: true, context: world.coordinator
        )
        _ = try await services.outreach.record(subject: .client(client.id), outcome: .contactMade, context: world.outreachWorker.with(purpose: .guidance))
        let kinds = try await entries(world, AuditQuery(subject: client.id)).map(\.record.kind)
        #expect(kinds == [.client, .plan, .plan, .tie, .consent, .referral, .visit])
    }

    @Test func denialIsAuditedWithOutcomeDeniedAlthoughTheOperationRolledBack() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        let before = try await world.stored { try $0.audit.lastEntry()?.sequence ?? 0 }
        await expectError(.accessDenied) {
            try await world.services.consents.record(for: client.id, partner: world.police, purpose: .safety, context: world.policeOfficer)
        }
        let after = try await world.stored { try $0.audit.entries(matching: AuditQuery(afterSequence: before)) }
        #expect(after.count == 1)
        let denial = try #require(after.first)
        #expect(denial.outcome == .denied)
        #expect(denial.actor == world.policeOfficer.professional)
        #expect(denial.record.kind == .consent)
        #expect(denial.basis == nil)
        #expect(denial.detail == "missingPermission")
        #expect(try await world.stored { try $0.consents.consents(matching: ConsentQuery(client: client.id)) }.count == 1)
    }

    @Test func everyDeniedReadOfAClientIsAudited() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        for _ in 0..<3 {
            await expectError(.accessDenied) { try await world.services.clients.client(client.id, context: world.policeOfficer) }
        }
        let denials = try await entries(world, AuditQuery(outcome: .denied))
        #expect(denials.count == 3)
        #expect(denials.allSatisfy {
            $0.actor == world.policeOfficer.professional && $0.subject == client.id && $0.action == .read && $0.detail == "noConsent"
                && $0.purpose == .safety
        })
    }

    @Test func missingPermissionIsAuditedAgainstTheRecordAsked() async throws {
        let world = try await TestNeighbourhood.make()
        await expectError(.accessDenied) { try await world.services.signals.triageQueue(for: world.neighbourhood, context: world.policeOfficer) }
        let denial = try #require(try await entries(world, AuditQuery(outcome: .denied)).first)
        #expect(denial.record == RecordReference(kind: .triageQueue, id: world.neighbourhood.rawValue))
        #expect(denial.detail == "missingPermission")
        #expect(denial.subject == nil)
    }

    @Test func sequencesRunFromOneWithoutGaps() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        _ = try await world.services.clients.client(client.id, context: world.coordinator)
        await expectError(.accessDenied) { try await world.services.clients.client(client.id, context: world.policeOfficer) }
        await expectError(.goalsBelowTarget) {
            let plan = try await world.services.plans.create(for: .client(client.id), context: world.coordinator)
            _ = try await world.services.plans.addGoal(
                to: plan.id, domain: .finances, description: "Schulden", baseline: .acuteProblems, target: .fullySelfSufficient,
                readiness: Readiness(competence: .unable, motivation: .willing), context: world.coordinator
            )
            _ = try await world.services.plans.move(plan.id, to: .tackle, context: world.coordinator)
            return try await world.services.plans.move(plan.id, to: .letGo, context: world.coordinator)
        }
        await expectError(.accessDenied) { try await world.services.audit.entries(matching: AuditQuery(), context: world.coordinator) }
        let trail = try await world.auditTrail()
        #expect(trail.map(\.sequence) == Array(1...Int64(trail.count)))
        #expect(Set(trail.map(\.id)).count == trail.count)
        #expect(trail.count > 10)
    }

    @Test func readingTheAuditTrailIsItselfAudited() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await world.auditTrail()
        let second = try await world.auditTrail()
        #expect(second.count == first.count + 1)
        let reading = try #require(second.last)
        #expect(reading.actor == world.auditor.professional)
        #expect(reading.action == .read)
        #expect(reading.record == RecordReference(kind: .auditEntry, id: "*"))
    }

    @Test func auditEntriesHoldNoNamesBSNOrAddresses() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        _ = try await world.services.clients.client(client.id, context: world.coordinator)
        _ = try await world.registerClient(familyName: "Jansen", givenNames: "Kees", birthDate: try day("1961-03-02"))
        await expectError(.accessDenied) { try await world.services.clients.client(client.id, context: world.policeOfficer) }
        _ = try await world.services.consents.breakGlass(for: client.id, reason: "Kees Jansen reageert niet", context: world.policeOfficer)
        _ = try await world.services.signals.report(
            SignalReport(
                subject: .client(client.id), reporter: Reporter(kind: .neighbour), category: .socialIsolation, severity: .high,
                observedAt: world.clock.now, summary: "Meneer Jansen is al dagen niet gezien"
            ),
            context: world.coordinator
        )
        let trail = try await world.auditTrail()
        let json = String(decoding: try JSONEncoder().encode(trail), as: UTF8.self)
        #expect(json.contains(client.id.rawValue), "the entries name the record by its id")
        for personal in ["Jansen", "Kees", "111222333", "Zuidsingel", "1961-03-02", "reageert"] {
            #expect(!json.contains(personal), "\(personal)")
        }
    }

    @Test func sealerChainsEveryEntryToItsPredecessor() async throws {
        struct CountingSealer: AuditSealer {
            func seal(_ entry: AuditEntry, after previous: AuditEntry?) -> AuditEntry {
                var sealed = entry
                sealed.previousDigest = previous?.digest
                sealed.digest = "digest-\(entry.sequence)"
                return sealed
            }
        }
        let clock = TestClock()
        let services = Services(
            storage: InMemoryStorage(),
            environment: ServiceEnvironment(clock: clock.wallClock, ids: .incrementing(), auditSealer: CountingSealer())
        )
        let admin = try await services.directory.bootstrap(partnerName: "Sociaal Wijkteam", administratorName: "Beheer")
        let auditor = try await services.directory.registerProfessional(name: "Auditor", partner: admin.partner, role: .auditor, context: admin)
        let context = AccessContext(professional: auditor.id, partner: admin.partner, role: .auditor, purpose: .audit)
        await expectError(.accessDenied) { try await services.directory.registerPartner(name: "Politie", kind: .police, context: context) }
        _ = try await services.audit.entries(matching: AuditQuery(), context: context)
        let trail = try await services.storage.read { try $0.audit.entries(matching: AuditQuery()) }
        #expect(trail.map(\.digest) == trail.map { "digest-\($0.sequence)" })
        #expect(trail.map(\.previousDigest) == [nil] + trail.dropLast().map(\.digest))
        #expect(trail.map(\.outcome).contains(.denied))
    }

    @Test func queriesFilterTheTrail() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        world.clock.advance(by: .seconds(60))
        _ = try await world.services.clients.client(client.id, context: world.coordinator)
        let later = try await entries(world, AuditQuery(subject: client.id, from: world.clock.now))
        #expect(later.map(\.action) == [.read])
        let limited = try await entries(world, AuditQuery(limit: 2))
        #expect(limited.map(\.sequence) == [1, 2])
    }
}
