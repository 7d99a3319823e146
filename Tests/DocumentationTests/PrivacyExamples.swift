import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtSQLite
import BuurtkrachtTesting
import Foundation
import Testing

/// The examples of the DocC article "Privacy", verbatim, run in a test neighbourhood.
@Suite struct PrivacyExamples {
    @Test func consentOpensAccessBreakingTheGlassIsReviewedAndAllIsAudited() async throws {
        let world = try await TestNeighbourhood.make()
        let services = world.services
        let coordinator = world.coordinator
        let policeOfficer = world.policeOfficer
        let auditor = world.auditor
        let police = world.police
        let client = try await world.registerClient(familyName: "Bos", givenNames: "Marco")

        do {
            _ = try await services.clients.client(client.id, context: policeOfficer)
        } catch let error as BuurtkrachtError where error.code == .accessDenied {
            print(error.message)   // says what is missing; names no personal data
        }

        let denied = await #expect(throws: BuurtkrachtError.self) {
            try await services.clients.client(client.id, context: policeOfficer)
        }
        #expect(denied?.code == .accessDenied)
        #expect(denied?.message.contains("Bos") == false)

        let consent = try await services.consents.record(
            for: client.id, partner: police, purpose: .safety, context: coordinator
        )
        let seen = try await services.clients.client(client.id, context: policeOfficer)

        #expect(consent.partner == police)
        #expect(seen.id == client.id)

        let grant = try await services.consents.breakGlass(
            for: client.id, reason: "Acute zorg: bewoner niet bereikbaar", context: policeOfficer
        )
        for pending in try await services.consents.grantsForReview(context: auditor) {
            _ = try await services.consents.review(pending.id, justified: true, note: "Terecht", context: auditor)
        }

        #expect(try await services.consents.grantsForReview(context: auditor).isEmpty)
        #expect(grant.expiresAt == world.clock.now.addingTimeInterval(4 * 3600))

        let trail = try await services.audit.entries(matching: AuditQuery(subject: client.id), context: auditor)
        let denials = trail.filter { $0.outcome == .denied }

        #expect(denials.count == 2)
        #expect(trail.contains { $0.action == .breakGlass })

        let domains = try await services.perform(coordinator) { unit in
            let found = try unit.client(client.id, for: .read)   // checks access, writes the audit entry
            return found.problemAreas.count
        }

        #expect(domains == 0)
    }

    @Test func servicesWithTheSHA256SealerKeepAVerifiableChain() async throws {
        let sealed = Services(storage: InMemoryStorage(), environment: ServiceEnvironment(auditSealer: SHA256AuditSealer()))

        let admin = try await sealed.directory.bootstrap(partnerName: "Sociaal Wijkteam Noord", administratorName: "Beheer")
        let auditor = try await sealed.directory.registerProfessional(name: "Auditor", partner: admin.partner, role: .auditor, context: admin)
        let report = try await sealed.verifyAuditChain(
            context: AccessContext(professional: auditor.id, partner: admin.partner, role: .auditor, purpose: .audit)
        )
        #expect(report.checked > 0)
        #expect(report.firstBreak == nil)
    }

    @Test func aSQLiteStoreKeepsTheBSNUnderTheIntegratorsKey() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("buurtkracht-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let keyPath = folder.appendingPathComponent("bsn.key").path
        let databasePath = folder.appendingPathComponent("buurtkracht.sqlite").path
        try KeyedBSNProtection.generateKey().write(to: URL(fileURLWithPath: keyPath))

        let protection = try KeyedBSNProtection(keyFile: keyPath)   // from `buurtkracht key generate`
        let storage = try SQLiteStorage(path: databasePath, bsnProtection: protection)

        let client = Client(
            id: "client-1", name: PersonName(givenNames: "Fatima", familyName: "El Amrani"), bsn: try BSN("111222333"),
            registeredAt: Date(timeIntervalSinceReferenceDate: 0)
        )
        try await storage.write { tx in try tx.clients.insert(client) }
        let found = try await storage.read { try $0.clients.clients(matching: ClientQuery(bsn: try BSN("111222333"))) }
        #expect(found.map(\.id) == ["client-1"])
        let withoutKey = #expect(throws: BuurtkrachtError.self) { try SQLiteStorage(path: databasePath) }
        #expect(withoutKey?.code == .keyMissing)
    }

    @Test func aDataOfficerExportsErasesAndAppliesRetention() async throws {
        let world = try await TestNeighbourhood.make()
        let services = world.services
        let dataOfficer = world.dataOfficer
        let client = try await world.registerClient(familyName: "Bos", givenNames: "Marco")

        let export = try await services.subjectAccess.export(client: client.id, context: dataOfficer)
        let document = try JSONEncoder().encode(export)

        #expect(export.client.id == client.id)
        #expect(String(decoding: document, as: UTF8.self).contains("Marco"))

        let policy = try RetentionPolicy(closedPlanYears: 15, noActionSignalMonths: 6)
        let wouldRemove = try await services.retention.apply(policy, dryRun: true, context: dataOfficer)

        #expect(wouldRemove.dryRun)
        #expect(wouldRemove.clients.isEmpty, "a client without a closed plan is kept")

        let erased = try await services.erasure.erase(client: client.id, reason: .subjectRequest, context: dataOfficer)

        #expect(erased.pseudonym != client.id)
        let gone = await #expect(throws: BuurtkrachtError.self) {
            try await services.subjectAccess.export(client: client.id, context: dataOfficer)
        }
        #expect(gone?.code == .notFound)
    }
}
