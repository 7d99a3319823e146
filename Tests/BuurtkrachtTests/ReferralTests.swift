import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

private let referralTable: [Referral.Status: Set<Referral.Status>] = [
    .requested: [.accepted, .declined, .withdrawn], .accepted: [.completed, .withdrawn],
    .declined: [], .completed: [], .withdrawn: [],
]
private let illegalReferralMoves = Referral.Status.allCases.flatMap { from in Referral.Status.allCases.map { (from, $0) } }
    .filter { !referralTable[$0.0, default: []].contains($0.1) }

@Suite("Referrals")
struct ReferralTests {
    private let now = TestClock.referenceDate

    private func referral(in status: Referral.Status = .requested) -> Referral {
        let referral = Referral(
            id: "referral-1", client: "client-1", target: .partner("partner-debt"), purpose: .debtAssistance,
            sharesClientData: true, requestedBy: "professional-1", requestedAt: now
        )
        return Referral(restoring: referral, status: status, statusChangedAt: now, declineReason: nil)
    }

    // MARK: Workflow

    @Test func allowedTargetsFollowTheWorkflow() {
        for status in Referral.Status.allCases {
            #expect(status.allowedTargets == referralTable[status], "\(status)")
        }
    }

    @Test func referralIsRequestedAcceptedAndCompleted() throws {
        var referral = referral()
        #expect(referral.status == .requested)
        try referral.transition(to: .accepted, at: now.addingTimeInterval(60))
        try referral.transition(to: .completed, at: now.addingTimeInterval(120))
        #expect(referral.status == .completed)
        #expect(referral.statusChangedAt == now.addingTimeInterval(120))
    }

    @Test(arguments: [Referral.Status.requested, .accepted])
    func openReferralCanBeWithdrawn(_ status: Referral.Status) throws {
        var referral = referral(in: status)
        try referral.transition(to: .withdrawn, at: now)
        #expect(referral.status == .withdrawn)
    }

    @Test(arguments: illegalReferralMoves)
    func illegalTransitionThrowsAndChangesNothing(_ from: Referral.Status, _ to: Referral.Status) {
        var referral = referral(in: from)
        let before = referral
        let error = expectError(.illegalTransition) { try referral.transition(to: to, reason: "reden", at: now) }
        #expect(error?.context["from"] == from.rawValue)
        #expect(error?.context["to"] == to.rawValue)
        #expect(referral == before)
    }

    @Test(arguments: [nil, "", "   "])
    func decliningNeedsAReason(_ reason: String?) {
        var referral = referral()
        let error = expectError(.missingField) { try referral.transition(to: .declined, reason: reason, at: now) }
        #expect(error?.context["field"] == "reason")
        #expect(referral.status == .requested)
    }

    @Test func decliningWithAReasonRecordsIt() throws {
        var referral = referral()
        try referral.transition(to: .declined, reason: "Geen plek tot maart", at: now)
        #expect(referral.status == .declined)
        #expect(referral.declineReason == "Geen plek tot maart")
    }

    // MARK: Consent

    @Test func sharingDataWithoutConsentForTheReceivingPartnerIsRefused() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        let error = await expectError(.consentRequired) {
            try await world.services.referrals.refer(
                client.id, to: .partner(world.debtAssistance), purpose: .debtAssistance, sharesClientData: true, context: world.coordinator
            )
        }
        #expect(error?.context["partner"] == world.debtAssistance.rawValue)
        #expect(error?.context["purpose"] == Purpose.debtAssistance.rawValue)
        #expect(error?.message.contains("Jansen") == false)
        #expect(try await world.services.referrals.referrals(of: client.id, context: world.coordinator).isEmpty)
    }

    @Test func sharingDataWithConsentForTheReceivingPartnerAndPurposeIsAllowed() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        _ = try await world.services.consents.record(
            for: client.id, partner: world.debtAssistance, purpose: .debtAssistance, context: world.coordinator
        )
        let referral = try await world.services.referrals.refer(
            client.id, to: .partner(world.debtAssistance), purpose: .debtAssistance, need: "Schuldenoverzicht",
            sharesClientData: true, context: world.coordinator
        )
        #expect(referral.status == .requested)
        #expect(referral.requestedBy == world.coordinator.professional)
        #expect(try await world.services.referrals.referrals(of: client.id, context: world.coordinator) == [referral])
    }

    @Test func consentForAnotherPurposeDoesNotCoverTheReferral() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        _ = try await world.services.consents.record(for: client.id, partner: world.debtAssistance, purpose: .housing, context: world.coordinator)
        await expectError(.consentRequired) {
            try await world.services.referrals.refer(
                client.id, to: .partner(world.debtAssistance), purpose: .debtAssistance, sharesClientData: true, context: world.coordinator
            )
        }
    }

    @Test func consentForAnotherPartnerDoesNotCoverTheReferral() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        _ = try await world.services.consents.record(for: client.id, partner: world.welfare, purpose: .debtAssistance, context: world.coordinator)
        await expectError(.consentRequired) {
            try await world.services.referrals.refer(
                client.id, to: .partner(world.debtAssistance), purpose: .debtAssistance, sharesClientData: true, context: world.coordinator
            )
        }
    }

    @Test func expiredConsentDoesNotCoverTheReferral() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        _ = try await world.services.consents.record(
            for: client.id, partner: world.debtAssistance, purpose: .debtAssistance,
            validUntil: world.clock.now.addingTimeInterval(30 * 86_400), context: world.coordinator
        )
        world.clock.advance(by: .days(31))
        await expectError(.consentRequired) {
            try await world.services.referrals.refer(
                client.id, to: .partner(world.debtAssistance), purpose: .debtAssistance, sharesClientData: true, context: world.coordinator
            )
        }
    }

    @Test func referralWithoutSharingDataNeedsNoConsent() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        let referral = try await world.services.referrals.refer(
            client.id, to: .partner(world.debtAssistance), purpose: .debtAssistance, sharesClientData: false, context: world.coordinator
        )
        #expect(!referral.sharesClientData)
    }

    @Test func referralToAGroupNeedsConsentForItsOrganiser() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        let group = try await world.services.groups.create(
            name: "Grip op geld", theme: .debts, location: "Huis van de Buurt", neighbourhood: world.neighbourhood,
            schedule: MeetingSchedule(weekday: 2, hour: 19, frequency: .weekly), capacity: 8, context: world.volunteerCoordinator
        )
        await expectError(.consentRequired) {
            try await world.services.referrals.refer(client.id, to: .group(group.id), purpose: .referral, sharesClientData: true, context: world.coordinator)
        }
        _ = try await world.services.consents.record(for: client.id, partner: world.welfare, purpose: .referral, context: world.coordinator)
        let referral = try await world.services.referrals.refer(
            client.id, to: .group(group.id), purpose: .referral, sharesClientData: true, context: world.coordinator
        )
        #expect(referral.target == .group(group.id))
    }

    @Test func serviceMovesTheReferralOnAndKeepsTheDeclineReason() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        let referral = try await world.services.referrals.refer(
            client.id, to: .partner(world.debtAssistance), purpose: .debtAssistance, sharesClientData: false, context: world.coordinator
        )
        await expectError(.missingField) {
            try await world.services.referrals.transition(referral.id, to: .declined, context: world.coordinator)
        }
        world.clock.advance(by: .days(2))
        let declined = try await world.services.referrals.transition(referral.id, to: .declined, reason: "Wachtlijst", context: world.coordinator)
        #expect(declined.declineReason == "Wachtlijst")
        #expect(declined.statusChangedAt == world.clock.now)
        await expectError(.illegalTransition) {
            try await world.services.referrals.transition(referral.id, to: .accepted, context: world.coordinator)
        }
    }
}
