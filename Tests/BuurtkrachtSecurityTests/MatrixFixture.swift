import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

/// One client with a record in every aggregate, made by their coordinator, and two callers
/// from the debt-assistance partner: a partner professional (a role without permissions) and a
/// partner coordinator (a role with most permissions), so that the consent rules, not only the
/// role, are what stops the second.
struct MatrixFixture: Sendable {
    let world: TestNeighbourhood
    let client: Client
    let twin: Client.ID
    let household: Household.ID
    let signal: Signal.ID
    let otherSignal: Signal.ID
    let plan: Plan.ID
    let goal: Goal.ID
    let action: PlanAction.ID
    let agreement: Agreement.ID
    let tie: Tie.ID
    let volunteer: Volunteer.ID
    let group: SelfHelpGroup.ID
    let referral: Referral.ID
    let pair: PossibleDuplicate.ID
    let registrationConsent: Consent.ID
    let grant: BreakGlassGrant.ID
    /// A professional of the debt-assistance partner in the partner-professional role.
    let partnerProfessional: AccessContext
    /// A professional of the debt-assistance partner in the coordinator role.
    let partnerCoordinator: AccessContext

    /// The client's BSN, for look-ups (a valid test number).
    static let bsn = "111222333"

    static func make(_ scenario: ConsentScenario, storage: any Storage = InMemoryStorage()) async throws -> MatrixFixture {
        let world = try await TestNeighbourhood.make(storage: storage)
        let services = world.services
        let coordinator = world.coordinator
        let address = try world.address()
        let client = try await world.registerClient(familyName: "Jansen", bsn: try BSN(Self.bsn), address: address)
        let twin = try await world.registerClient(familyName: "Janssen", address: address).id
        let household = try await services.clients.registerHousehold(address: address, members: [client.id], context: coordinator)
        func report(_ category: SignalCategory) async throws -> Signal.ID {
            try await services.signals.report(
                SignalReport(
                    subject: .client(client.id), reporter: Reporter(kind: .neighbour), category: category, severity: .moderate,
                    observedAt: world.clock.now
                ),
                context: coordinator
            ).signal.id
        }
        let signal = try await report(.socialIsolation)
        let otherSignal = try await report(.nuisance)
        var plan = try await services.plans.create(for: .client(client.id), context: coordinator)
        plan = try await services.plans.addGoal(
            to: plan.id, domain: .finances, description: "Schulden", baseline: .notSelfSufficient, target: .sufficientlySelfSufficient,
            readiness: Readiness(competence: .unable, motivation: .willing), context: coordinator
        )
        plan = try await services.plans.addAction(to: plan.id, description: "Post openen", owner: .client, context: coordinator)
        plan = try await services.plans.addAgreement(to: plan.id, text: "Wekelijks contact", context: coordinator)
        let tie = try await services.network.addTie(
            to: client.id, counterpart: .person(name: "Els", relation: .neighbour), frequency: .weekly, context: coordinator
        )
        let volunteer = try await services.volunteers.register(
            name: "Mo", skills: ["paperwork"], neighbourhood: world.neighbourhood, capacity: 3, context: world.administrator
        )
        let group = try await services.groups.create(
            name: "Grip op geld", theme: .debts, location: "Wijkhuis", neighbourhood: world.neighbourhood,
            schedule: MeetingSchedule(weekday: 2, hour: 19, frequency: .weekly), capacity: 8, context: world.volunteerCoordinator
        )
        _ = try await services.groups.enrol(client.id, in: group.id, context: coordinator)
        let referral = try await services.referrals.refer(
            client.id, to: .partner(world.welfare), purpose: .referral, sharesClientData: false, context: coordinator
        )
        let pair = try await services.duplicates.flag(client.id, twin, context: coordinator)
        let registrationConsent = try #require(try await services.consents.consents(of: client.id, context: coordinator).first)
        let grant = try await services.consents.breakGlass(for: client.id, reason: "Acuut", context: world.policeOfficer)
        let partnerCoordinator = try await services.directory.registerProfessional(
            name: "Schuldhulp regisseur", partner: world.debtAssistance, role: .coordinator, context: world.administrator
        )
        try await scenario.apply(to: client.id, partner: world.debtAssistance, purpose: .debtAssistance, in: world)
        return MatrixFixture(
            world: world, client: client, twin: twin, household: household.id, signal: signal, otherSignal: otherSignal,
            plan: plan.id, goal: try #require(plan.goals.first).id, action: try #require(plan.actions.first).id,
            agreement: try #require(plan.agreements.first).id, tie: tie.id, volunteer: volunteer.id, group: group.id,
            referral: referral.id, pair: pair.id, registrationConsent: registrationConsent.id, grant: grant.id,
            partnerProfessional: world.debtCounsellor,
            partnerCoordinator: AccessContext(
                professional: partnerCoordinator.id, partner: world.debtAssistance, role: .coordinator, purpose: .debtAssistance
            )
        )
    }

    /// The denied audit entries of `context`'s professional, read directly from the store.
    func denials(of context: AccessContext) async throws -> [AuditEntry] {
        try await world.services.storage.read { tx in
            try tx.audit.entries(matching: AuditQuery(actor: context.professional, outcome: .denied))
        }
    }
}
