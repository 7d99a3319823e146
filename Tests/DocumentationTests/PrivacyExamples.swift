import Buurtkracht
import BuurtkrachtPrivacy
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
}
