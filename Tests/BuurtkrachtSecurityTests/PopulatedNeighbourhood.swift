import Buurtkracht
import BuurtkrachtTesting
import Foundation

/// A test neighbourhood with two residents who each have data in every aggregate: client,
/// household, signals (about them, their household and their address), a visit, a plan with a
/// goal, action, agreement and evaluation, ties (a neighbour and a buddy), a shared self-help
/// group with attendance, a referral, consents, a break-the-glass grant, a possible duplicate
/// and import provenance.
struct PopulatedNeighbourhood: Sendable {
    let world: TestNeighbourhood
    let jansen: Resident
    let deVries: Resident
    let group: SelfHelpGroup.ID
    let meeting: CalendarDate

    /// The ids of everything made for one resident.
    struct Resident: Sendable {
        let client: Client.ID
        let familyName: String
        let household: Household.ID
        let signals: Set<Signal.ID>
        let visit: Visit.ID
        let plan: Plan.ID
        let ties: Set<Tie.ID>
        let referral: Referral.ID
        let consent: Consent.ID
        let grant: BreakGlassGrant.ID
        let duplicate: PossibleDuplicate.ID
        let importRun: ImportRun.ID

        /// Every id, as text: none of these may appear in another resident's export.
        var allIDs: [String] {
            [client.rawValue, household.rawValue, visit.rawValue, plan.rawValue, referral.rawValue, consent.rawValue,
             grant.rawValue, duplicate.rawValue, importRun.rawValue]
                + signals.map(\.rawValue) + ties.map(\.rawValue)
        }
    }

    static func make(on kind: StoreKind) async throws -> PopulatedNeighbourhood {
        let world = try await TestNeighbourhood.make(storage: try kind.makeStorage())
        let services = world.services
        let volunteer = try await services.volunteers.register(
            name: "Maatje Mo", skills: ["paperwork"], neighbourhood: world.neighbourhood, capacity: 5, context: world.administrator
        )
        let group = try await services.groups.create(
            name: "Grip op geld", theme: .debts, location: "Huis van de Buurt", neighbourhood: world.neighbourhood,
            schedule: MeetingSchedule(weekday: 2, hour: 19, frequency: .weekly), capacity: 8, context: world.volunteerCoordinator
        )
        let jansen = try await resident(
            "Jansen", street: "Kerkstraat", postcode: "2262AB", volunteer: volunteer.id, group: group.id, world: world
        )
        let deVries = try await resident(
            "De Vries", street: "Dorpsstraat", postcode: "2262CD", volunteer: volunteer.id, group: group.id, world: world
        )
        let meeting = try CalendarDate(iso8601: "2026-03-03")
        _ = try await services.groups.recordAttendance(
            of: group.id, on: meeting, present: [jansen.client, deVries.client], context: world.volunteerCoordinator
        )
        return PopulatedNeighbourhood(world: world, jansen: jansen, deVries: deVries, group: group.id, meeting: meeting)
    }

    private static func resident(
        _ familyName: String,
        street: String,
        postcode: String,
        volunteer: Volunteer.ID,
        group: SelfHelpGroup.ID,
        world: TestNeighbourhood
    ) async throws -> Resident {
        let services = world.services
        let coordinator = world.coordinator
        let address = try world.address(street, "5", postcode: postcode)
        let client = try await world.registerClient(familyName: familyName, address: address).id
        let household = try await services.clients.registerHousehold(address: address, members: [client], context: coordinator).id
        func report(_ subject: SignalSubject, _ category: SignalCategory) async throws -> Signal.ID {
            try await services.signals.report(
                SignalReport(
                    subject: subject, reporter: Reporter(kind: .neighbour), category: category, severity: .moderate,
                    observedAt: world.clock.now, summary: "Gordijnen al dagen dicht bij \(familyName)"
                ),
                context: coordinator
            ).signal.id
        }
        let signals: Set<Signal.ID> = [
            try await report(.client(client), .socialIsolation),
            try await report(.household(household), .nuisance),
            try await report(.address(address), .hoardingOrFireRisk),
        ]
        let visit = try await services.outreach.record(
            subject: .client(client), outcome: .contactMade, summary: "Koffie gedronken", context: coordinator
        ).id
        let plans = services.plans
        let plan = try await plans.create(for: .client(client), context: coordinator).id
        _ = try await plans.addGoal(
            to: plan, domain: .finances, description: "Schulden in beeld", baseline: .notSelfSufficient,
            target: .sufficientlySelfSufficient, readiness: Readiness(competence: .unable, motivation: .willing), context: coordinator
        )
        _ = try await plans.addAction(to: plan, description: "Brieven sorteren", owner: .client, context: coordinator)
        _ = try await plans.addAgreement(to: plan, text: "Elke week post openen", context: coordinator)
        _ = try await plans.recordEvaluation(for: plan, scores: [.finances: .barelySelfSufficient], summary: "Start", context: coordinator)
        let neighbourTie = try await services.network.addTie(
            to: client, counterpart: .person(name: "Buurvrouw Els", relation: .neighbour), frequency: .weekly, context: coordinator
        ).id
        let buddyTie = try await services.volunteers.assign(volunteer, to: client, context: coordinator).id
        _ = try await services.groups.enrol(client, in: group, context: coordinator)
        let referral = try await services.referrals.refer(
            client, to: .partner(world.debtAssistance), purpose: .debtAssistance, sharesClientData: false, context: coordinator
        ).id
        let consent = try await services.consents.record(
            for: client, partner: world.debtAssistance, purpose: .debtAssistance, context: coordinator
        ).id
        let grant = try await services.consents.breakGlass(for: client, reason: "Acute zorg", context: world.policeOfficer).id
        let twin = try await world.registerClient(familyName: familyName + "-dubbel", address: address).id
        let duplicate = try await services.duplicates.flag(client, twin, context: coordinator).id
        let run = ImportRun(
            id: ImportRun.ID("run-" + familyName), sourceSystem: "Oud systeem", fileName: "clients.csv",
            fileFingerprint: "fingerprint", startedBy: world.dataOfficer.professional, startedAt: world.clock.now
        )
        try await services.storage.write { tx in
            try tx.imports.insert(run)
            try tx.imports.record([
                ImportProvenance(
                    run: run.id, record: RecordReference(kind: .client, id: client.rawValue), sourceSystem: run.sourceSystem,
                    legacyID: "legacy-" + familyName, fileName: run.fileName, row: 2, change: .created
                )
            ])
        }
        return Resident(
            client: client, familyName: familyName, household: household, signals: signals, visit: visit, plan: plan,
            ties: [neighbourTie, buddyTie], referral: referral, consent: consent, grant: grant, duplicate: duplicate,
            importRun: run.id
        )
    }
}
