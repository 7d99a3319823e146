import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Access and consent")
struct AccessTests {
    /// A client with a BSN, registered by the coordinator.
    private func registerJansen(_ world: TestNeighbourhood) async throws -> Client {
        try await world.registerClient(familyName: "Jansen", givenNames: "Kees", bsn: try BSN("111222333"))
    }

    private func expectDenied(
        _ world: TestNeighbourhood,
        _ client: Client,
        as context: AccessContext,
        reason: AccessDecision.DenialReason,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        let error = await expectError(.accessDenied, sourceLocation: sourceLocation) {
            try await world.services.clients.client(client.id, context: context)
        }
        #expect(error?.context["reason"] == reason.rawValue, sourceLocation: sourceLocation)
    }

    // MARK: Consent

    @Test func partnerWithoutConsentIsDeniedWithCodeAndContextButNoPersonalData() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        let error = try #require(await expectError(.accessDenied) { try await world.services.clients.client(client.id, context: world.policeOfficer) })
        #expect(error.context["record"] == "client")
        #expect(error.context["id"] == client.id.rawValue)
        #expect(error.context["reason"] == "noConsent")
        #expect(error.context["partner"] == world.police.rawValue)
        #expect(error.context["purpose"] == "safety")
        for text in [error.message, error.description] {
            #expect(!text.contains("Jansen"))
            #expect(!text.contains("Kees"))
            #expect(!text.contains("111222333"))
            #expect(!text.contains("Kerkstraat"))
        }
        #expect(error.message.contains("break the glass"))
    }

    @Test func partnerWithValidConsentForItsPurposeMayRead() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        _ = try await world.services.consents.record(for: client.id, partner: world.police, purpose: .safety, context: world.coordinator)
        #expect(try await world.services.clients.client(client.id, context: world.policeOfficer) == client)
    }

    @Test func expiredConsentIsDenied() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        _ = try await world.services.consents.record(
            for: client.id, partner: world.police, purpose: .safety, validUntil: world.clock.now.addingTimeInterval(86_400),
            context: world.coordinator
        )
        #expect(try await world.services.clients.client(client.id, context: world.policeOfficer) == client)
        world.clock.advance(by: .days(1))
        await expectDenied(world, client, as: world.policeOfficer, reason: .consentExpired)
    }

    @Test func withdrawnConsentIsDenied() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        let consent = try await world.services.consents.record(for: client.id, partner: world.police, purpose: .safety, context: world.coordinator)
        world.clock.advance(by: .seconds(60))
        let withdrawn = try await world.services.consents.withdraw(consent.id, context: world.coordinator)
        #expect(withdrawn.withdrawnAt == world.clock.now)
        await expectDenied(world, client, as: world.policeOfficer, reason: .consentWithdrawn)
    }

    @Test func consentForAnotherPurposeIsDenied() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        _ = try await world.services.consents.record(for: client.id, partner: world.police, purpose: .housing, context: world.coordinator)
        await expectDenied(world, client, as: world.policeOfficer, reason: .noConsent)
        #expect(try await world.services.clients.client(client.id, context: world.policeOfficer.with(purpose: .housing)) == client)
    }

    @Test func consentForAnotherPartnerIsDenied() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        _ = try await world.services.consents.record(for: client.id, partner: world.housingCorporation, purpose: .safety, context: world.coordinator)
        await expectDenied(world, client, as: world.policeOfficer, reason: .noConsent)
    }

    @Test func consentThatHasNotStartedIsDenied() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        _ = try await world.services.consents.record(
            for: client.id, partner: world.police, purpose: .safety, validFrom: world.clock.now.addingTimeInterval(86_400),
            context: world.coordinator
        )
        await expectDenied(world, client, as: world.policeOfficer, reason: .consentNotYetValid)
    }

    @Test func consentThatEndsBeforeItStartsIsRefused() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        await expectError(.invalidValue) {
            try await world.services.consents.record(
                for: client.id, partner: world.police, purpose: .safety, validUntil: world.clock.now, context: world.coordinator
            )
        }
    }

    @Test func consentStatesFollowTheClock() {
        let start = TestClock.referenceDate
        let consent = Consent(
            id: "consent-1", client: "client-1", partner: "partner-1", purpose: .safety, validFrom: start,
            validUntil: start.addingTimeInterval(100), withdrawnAt: start.addingTimeInterval(50), recordedBy: "professional-1"
        )
        #expect(consent.state(at: start.addingTimeInterval(-1)) == .notYetValid)
        #expect(consent.state(at: start) == .valid)
        #expect(consent.state(at: start.addingTimeInterval(50)) == .withdrawn)
        var open = consent
        open.withdrawnAt = nil
        #expect(open.state(at: start.addingTimeInterval(99)) == .valid)
        #expect(open.state(at: start.addingTimeInterval(100)) == .expired)
    }

    // MARK: Coordination

    @Test func coordinatorOfAnOpenPlanMayReadWithoutConsent() async throws {
        let world = try await TestNeighbourhood.make()
        let draft = ClientDraft(name: PersonName(givenNames: "Kees", familyName: "Jansen"), address: try world.address())
        let client = try await world.services.clients.register(draft, basis: .consent, context: world.coordinator).client
        _ = try await world.services.plans.create(for: .client(client.id), context: world.coordinator)
        let registration = try #require(try await world.services.consents.consents(of: client.id, context: world.coordinator).first)
        _ = try await world.services.consents.withdraw(registration.id, context: world.coordinator)

        #expect(try await world.services.clients.client(client.id, context: world.coordinator) == client)
        let read = try await world.services.audit.entries(
            matching: AuditQuery(actor: world.coordinator.professional, subject: client.id, actions: [.read]), context: world.auditor
        )
        #expect(read.last?.basis == .coordinator)
        await expectDenied(world, client, as: world.otherCoordinator, reason: .consentWithdrawn)
    }

    @Test func onlyAConsentCanBeWithdrawnNotAPublicTask() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        let registration = try #require(try await world.services.consents.consents(of: client.id, context: world.coordinator).first)
        #expect(registration.basis == .publicTask)
        let error = await expectError(.invalidValue) {
            try await world.services.consents.withdraw(registration.id, context: world.coordinator)
        }
        #expect(error?.context["field"] == "basis")
    }

    @Test func coordinatorOfAHouseholdPlanMayReadEveryMember() throws {
        let client = Client(id: "client-1", name: PersonName(familyName: "Jansen"), household: "household-1", registeredAt: TestClock.referenceDate)
        let plan = Plan(id: "plan-1", subject: .household("household-1"), coordinator: "professional-1", startedAt: TestClock.referenceDate)
        let context = AccessContext(professional: "professional-1", partner: "partner-1", role: .coordinator, purpose: .guidance)
        let decision = AccessPolicy.decide(context, client: client, plans: [plan], consents: [], grants: [], at: TestClock.referenceDate)
        #expect(decision == .allowed(.coordinator))
    }

    @Test func coordinatorOfAClosedPlanHasNoAccessThroughIt() throws {
        var plan = Plan(id: "plan-1", subject: .client("client-1"), coordinator: "professional-1", startedAt: TestClock.referenceDate)
        try plan.close(reason: .goalsAchieved, justification: nil, at: TestClock.referenceDate, by: "professional-1")
        let client = Client(id: "client-1", name: PersonName(familyName: "Jansen"), registeredAt: TestClock.referenceDate)
        let context = AccessContext(professional: "professional-1", partner: "partner-1", role: .coordinator, purpose: .guidance)
        let decision = AccessPolicy.decide(context, client: client, plans: [plan], consents: [], grants: [], at: TestClock.referenceDate)
        #expect(decision == .denied(.noConsent))
    }

    // MARK: Break the glass

    @Test func breakingTheGlassGivesAccessUntilItExpires() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        let grant = try await world.services.consents.breakGlass(for: client.id, reason: "Acuut gevaar, brandmelding", context: world.policeOfficer)
        #expect(grant.expiresAt == world.clock.now.addingTimeInterval(4 * 3600))
        #expect(try await world.services.clients.client(client.id, context: world.policeOfficer) == client)
        world.clock.advance(by: .seconds(4 * 3600 - 1))
        #expect(try await world.services.clients.client(client.id, context: world.policeOfficer) == client)
        world.clock.advance(by: .seconds(1))
        await expectDenied(world, client, as: world.policeOfficer, reason: .noConsent)
    }

    @Test func breakGlassDurationIsConfigurable() async throws {
        let world = try await TestNeighbourhood.make(policies: Policies(breakGlassDuration: .seconds(1800)))
        let client = try await registerJansen(world)
        let grant = try await world.services.consents.breakGlass(for: client.id, reason: "Acuut", context: world.policeOfficer)
        #expect(grant.expiresAt.timeIntervalSince(grant.grantedAt) == 1800)
        world.clock.advance(by: .seconds(1800))
        await expectDenied(world, client, as: world.policeOfficer, reason: .noConsent)
    }

    @Test func breakGlassAccessIsPersonal() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        _ = try await world.services.consents.breakGlass(for: client.id, reason: "Acuut", context: world.policeOfficer)
        await expectDenied(world, client, as: world.debtCounsellor, reason: .noConsent)
    }

    @Test func breakingTheGlassIsAuditedAndReadsUnderItToo() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        let grant = try await world.services.consents.breakGlass(for: client.id, reason: "Acuut gevaar", context: world.policeOfficer)
        _ = try await world.services.clients.client(client.id, context: world.policeOfficer)
        let entries = try await world.services.audit.entries(
            matching: AuditQuery(actor: world.policeOfficer.professional, subject: client.id), context: world.auditor
        )
        #expect(entries.map(\.action) == [.breakGlass, .read])
        #expect(entries.first?.record == RecordReference(kind: .breakGlassGrant, id: grant.id.rawValue))
        #expect(entries.first?.detail == grant.id.rawValue)
        #expect(entries.map(\.basis) == [.breakGlass, .breakGlass])
        #expect(entries.allSatisfy { $0.outcome == .allowed })
    }

    @Test func breakingTheGlassNeedsAReason() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        let error = await expectError(.missingField) { try await world.services.consents.breakGlass(for: client.id, reason: " ", context: world.policeOfficer) }
        #expect(error?.context["field"] == "reason")
        await expectDenied(world, client, as: world.policeOfficer, reason: .noConsent)
    }

    @Test func grantIsListedForReviewUntilReviewed() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await registerJansen(world)
        let grant = try await world.services.consents.breakGlass(for: client.id, reason: "Acuut gevaar", context: world.policeOfficer)
        world.clock.advance(by: .days(1))
        #expect(try await world.services.consents.grantsForReview(context: world.auditor).map(\.id) == [grant.id])
        let reviewed = try await world.services.consents.review(grant.id, justified: true, note: "Terecht", context: world.auditor)
        #expect(reviewed.review == BreakGlassGrant.Review(by: world.auditor.professional, at: world.clock.now, justified: true, note: "Terecht"))
        #expect(try await world.services.consents.grantsForReview(context: world.auditor).isEmpty)
    }

    @Test func onlyAuditorsReviewGrants() async throws {
        let world = try await TestNeighbourhood.make()
        await expectError(.accessDenied) { try await world.services.consents.grantsForReview(context: world.coordinator) }
    }

    // MARK: Roles

    @Test func policeOfficerCannotReadTheTriageQueue() async throws {
        let world = try await TestNeighbourhood.make()
        let error = await expectError(.accessDenied) { try await world.services.signals.triageQueue(for: world.neighbourhood, context: world.policeOfficer) }
        #expect(error?.context["permission"] == "triageSignals")
        #expect(error?.context["reason"] == "missingPermission")
    }

    @Test func auditorCanReadTheAuditTrailButACoordinatorCannot() async throws {
        let world = try await TestNeighbourhood.make()
        #expect(try await world.services.audit.entries(matching: AuditQuery(), context: world.auditor).isEmpty == false)
        let error = await expectError(.accessDenied) { try await world.services.audit.entries(matching: AuditQuery(), context: world.coordinator) }
        #expect(error?.context["permission"] == "viewAuditTrail")
    }

    @Test func partnerProfessionalsHaveNoRolePermissions() {
        #expect(Role.partnerProfessional.permissions.isEmpty)
        #expect(Role.allCases.filter { $0.permissions.contains(.viewAuditTrail) } == [.auditor])
        #expect(Role.allCases.filter { $0.permissions.contains(.manageDirectory) } == [.administrator])
        #expect(Set(Role.allCases.filter { $0.permissions.contains(.triageSignals) }) == [.coordinator, .teamMember])
    }

    @Test func signInWithAnUnknownTokenIsDeniedAndAValidOneGivesTheContext() async throws {
        let world = try await TestNeighbourhood.make()
        await expectError(.accessDenied) { try await world.services.directory.signIn(tokenHash: "onbekend") }
        _ = try await world.services.directory.storeToken(
            hash: "hash-1", for: world.coordinator.professional, purpose: .guidance,
            expiresAt: world.clock.now.addingTimeInterval(3600), context: world.administrator
        )
        #expect(try await world.services.directory.signIn(tokenHash: "hash-1") == world.coordinator)
        world.clock.advance(by: .seconds(3600))
        await expectError(.accessDenied) { try await world.services.directory.signIn(tokenHash: "hash-1") }
    }
}
