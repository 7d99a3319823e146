import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

/// Every string field of every write path: each entry writes a text through the services and
/// reads the stored value back, so that a test can require the two to be equal.
struct StringFieldWritePath: Sendable, CustomTestStringConvertible {
    let name: String
    let roundTrip: @Sendable (TextWorld, String) async throws -> String?

    init(_ name: String, _ roundTrip: @escaping @Sendable (TextWorld, String) async throws -> String?) {
        self.name = name
        self.roundTrip = roundTrip
    }

    var testDescription: String { name }
}

/// A neighbourhood with one client to write texts about.
struct TextWorld: Sendable {
    let world: TestNeighbourhood
    let client: Client.ID

    static func make(storage: any Storage) async throws -> TextWorld {
        let world = try await TestNeighbourhood.make(storage: storage)
        let client = try await world.registerClient(familyName: "Jansen").id
        return TextWorld(world: world, client: client)
    }

    var services: Services { world.services }
    var coordinator: AccessContext { world.coordinator }

    /// A stored record, read directly from the store.
    func stored<T: Sendable>(_ read: @escaping @Sendable (any StorageTransaction) throws -> T?) async throws -> T {
        try #require(try await services.storage.read(read))
    }

    /// A new client with `name` and `address` changed by the caller.
    func register(_ change: (inout ClientDraft) -> Void) async throws -> Client {
        var draft = ClientDraft(name: PersonName(familyName: "Jansen"), address: try world.address())
        change(&draft)
        let registered = try await services.clients.register(draft, basis: .publicTask, context: coordinator).client
        return try await services.clients.client(registered.id, context: coordinator)
    }

    /// An address whose `street`, `houseNumber` or `city` is `text`.
    func address(_ field: WritableKeyPath<Address, String>, _ text: String) throws -> Address {
        var address = try world.address()
        address[keyPath: field] = text
        return address
    }

    /// A new signal about an address, reported with `change` applied to the report.
    func report(_ change: (inout SignalReport) -> Void) async throws -> Signal {
        var report = SignalReport(
            subject: .address(try world.address()), reporter: Reporter(kind: .neighbour), category: .nuisance, severity: .low,
            observedAt: world.clock.now
        )
        change(&report)
        return try await services.signals.report(report, context: world.teamMember).signal
    }

    /// A new plan for the client.
    func newPlan() async throws -> Plan.ID {
        try await services.plans.create(for: .client(client), context: coordinator).id
    }

    /// A new group with `name` and `location`, read back by its organiser.
    func group(name: String = "Groep", location: String = "Wijkhuis") async throws -> SelfHelpGroup {
        let created = try await services.groups.create(
            name: name, theme: .loneliness, location: location, neighbourhood: world.neighbourhood,
            schedule: MeetingSchedule(weekday: 3, hour: 10, frequency: .weekly), capacity: 10, context: world.volunteerCoordinator
        )
        return try await services.groups.group(created.id, context: world.volunteerCoordinator)
    }
}

extension StringFieldWritePath {
    /// Every string field of every write path.
    static let all: [StringFieldWritePath] = [
        // Clients
        StringFieldWritePath("client.name.familyName") { w, text in try await w.register { $0.name.familyName = text }.name.familyName },
        StringFieldWritePath("client.name.givenNames") { w, text in try await w.register { $0.name.givenNames = text }.name.givenNames },
        StringFieldWritePath("client.name.prefix") { w, text in try await w.register { $0.name.prefix = text }.name.prefix },
        StringFieldWritePath("client.address.street") { w, text in
            try await w.register { $0.address = try? w.address(\.street, text) }.address?.street
        },
        StringFieldWritePath("client.address.houseNumber") { w, text in
            try await w.register { $0.address = try? w.address(\.houseNumber, text) }.address?.houseNumber
        },
        StringFieldWritePath("client.address.city") { w, text in try await w.register { $0.address = try? w.address(\.city, text) }.address?.city },
        StringFieldWritePath("client.externalIDs.value") { w, text in try await w.register { $0.externalIDs = ["legacy": text] }.externalIDs["legacy"] },
        StringFieldWritePath("client.externalIDs.key") { w, text in try await w.register { $0.externalIDs = [text: "1"] }.externalIDs.keys.first },
        StringFieldWritePath("client.update.familyName") { w, text in
            var client = try await w.services.clients.client(w.client, context: w.coordinator)
            client.name.familyName = text
            _ = try await w.services.clients.update(client, context: w.coordinator)
            return try await w.services.clients.client(w.client, context: w.coordinator).name.familyName
        },
        // Households
        StringFieldWritePath("household.address.street") { w, text in
            let household = try await w.services.clients.registerHousehold(address: try w.address(\.street, text), members: [], context: w.coordinator)
            return try await w.services.clients.household(household.id, context: w.coordinator).household.address?.street
        },
        // Signals
        StringFieldWritePath("signal.summary") { w, text in
            let id = try await w.report { $0.summary = text }.id
            return try await w.services.signals.signal(id, context: w.world.teamMember).summary
        },
        StringFieldWritePath("signal.reporter.organisation") { w, text in
            let id = try await w.report { $0.reporter.organisation = text }.id
            return try await w.services.signals.signal(id, context: w.world.teamMember).reporter.organisation
        },
        StringFieldWritePath("signal.address.street") { w, text in
            let address = try w.address(\.street, text)
            let id = try await w.report { $0.subject = .address(address) }.id
            return try await w.services.signals.signal(id, context: w.world.teamMember).address?.street
        },
        StringFieldWritePath("signal.closure.summary") { w, text in
            let signals = w.services.signals
            let team = w.world.teamMember
            let id = try await w.report { _ in }.id
            _ = try await signals.triage(id, assignee: nil, context: team)
            _ = try await signals.close(id, as: .noActionNeeded, summary: text, context: team)
            return try await signals.signal(id, context: team).closure?.summary
        },
        // Visits
        StringFieldWritePath("visit.summary") { w, text in
            let visit = try await w.services.outreach.record(subject: .client(w.client), outcome: .contactMade, summary: text, context: w.coordinator)
            return try await w.stored { try $0.visits.visit(visit.id) }.summary
        },
        // Plans
        StringFieldWritePath("plan.goal.description") { w, text in
            let plan = try await w.services.plans.addGoal(
                to: try await w.newPlan(), domain: .housing, description: text, baseline: .notSelfSufficient, target: .barelySelfSufficient,
                readiness: Readiness(competence: .able, motivation: .willing), context: w.coordinator
            )
            return try await w.services.plans.plan(plan.id, context: w.coordinator).goals.last?.description
        },
        StringFieldWritePath("plan.action.description") { w, text in
            let plan = try await w.services.plans.addAction(to: try await w.newPlan(), description: text, owner: .client, context: w.coordinator)
            return try await w.services.plans.plan(plan.id, context: w.coordinator).actions.last?.description
        },
        StringFieldWritePath("plan.agreement.text") { w, text in
            let plan = try await w.services.plans.addAgreement(to: try await w.newPlan(), text: text, context: w.coordinator)
            return try await w.services.plans.plan(plan.id, context: w.coordinator).agreements.last?.text
        },
        StringFieldWritePath("plan.evaluation.summary") { w, text in
            let plan = try await w.services.plans.recordEvaluation(
                for: try await w.newPlan(), scores: [.finances: .barelySelfSufficient], summary: text, context: w.coordinator
            )
            return try await w.services.plans.plan(plan.id, context: w.coordinator).evaluations.last?.summary
        },
        StringFieldWritePath("plan.phaseChange.justification") { w, text in
            let plan = try await w.newPlan()
            _ = try await w.services.plans.move(plan, to: .tackle, justification: text, context: w.coordinator)
            return try await w.services.plans.plan(plan, context: w.coordinator).phaseHistory.last?.justification
        },
        StringFieldWritePath("plan.closure.justification") { w, text in
            let plan = try await w.newPlan()
            _ = try await w.services.plans.close(plan, reason: .other, justification: text, context: w.coordinator)
            return try await w.services.plans.plan(plan, context: w.coordinator).closure?.justification
        },
        // Ties and volunteers
        StringFieldWritePath("tie.role") { w, text in
            let tie = try await w.services.network.addTie(
                to: w.client, counterpart: .person(name: "Els", relation: .neighbour), role: text, frequency: .weekly, context: w.coordinator
            )
            return try await w.stored { try $0.network.tie(tie.id) }.role
        },
        StringFieldWritePath("tie.counterpart.name") { w, text in
            let tie = try await w.services.network.addTie(
                to: w.client, counterpart: .person(name: text, relation: .family), frequency: .monthly, context: w.coordinator
            )
            guard case .person(let name, _) = try await w.stored({ try $0.network.tie(tie.id) }).counterpart else { return nil }
            return name
        },
        StringFieldWritePath("volunteer.name") { w, text in
            let volunteer = try await w.services.volunteers.register(
                name: text, skills: [], neighbourhood: w.world.neighbourhood, capacity: 1, context: w.world.administrator
            )
            return try await w.stored { try $0.network.volunteer(volunteer.id) }.name
        },
        StringFieldWritePath("volunteer.skill") { w, text in
            let volunteer = try await w.services.volunteers.register(
                name: "Mo", skills: [Skill(rawValue: text)], neighbourhood: w.world.neighbourhood, capacity: 1, context: w.world.administrator
            )
            return try await w.stored { try $0.network.volunteer(volunteer.id) }.skills.first?.rawValue
        },
        // Groups
        StringFieldWritePath("group.name") { w, text in try await w.group(name: text).name },
        StringFieldWritePath("group.location") { w, text in try await w.group(location: text).location },
        // Referrals
        StringFieldWritePath("referral.need") { w, text in
            _ = try await w.services.referrals.refer(
                w.client, to: .partner(w.world.welfare), purpose: .referral, need: text, sharesClientData: false, context: w.coordinator
            )
            return try await w.services.referrals.referrals(of: w.client, context: w.coordinator).last?.need
        },
        StringFieldWritePath("referral.declineReason") { w, text in
            let referral = try await w.services.referrals.refer(
                w.client, to: .partner(w.world.welfare), purpose: .referral, sharesClientData: false, context: w.coordinator
            )
            _ = try await w.services.referrals.transition(referral.id, to: .declined, reason: text, context: w.coordinator)
            return try await w.stored { try $0.referrals.referral(referral.id) }.declineReason
        },
        // Consents and break-the-glass
        StringFieldWritePath("breakGlass.reason") { w, text in
            let grant = try await w.services.consents.breakGlass(for: w.client, reason: text, context: w.world.policeOfficer)
            return try await w.stored { try $0.consents.grant(grant.id) }.reason
        },
        StringFieldWritePath("breakGlass.review.note") { w, text in
            let grant = try await w.services.consents.breakGlass(for: w.client, reason: "Acuut", context: w.world.policeOfficer)
            _ = try await w.services.consents.review(grant.id, justified: true, note: text, context: w.world.auditor)
            return try await w.stored { try $0.consents.grant(grant.id) }.review?.note
        },
        StringFieldWritePath("consent.purpose") { w, text in
            let consent = try await w.services.consents.record(
                for: w.client, partner: w.world.welfare, purpose: Purpose(rawValue: text), context: w.coordinator
            )
            return try await w.stored { try $0.consents.consent(consent.id) }.purpose.rawValue
        },
        // Partners and professionals
        StringFieldWritePath("partner.name") { w, text in
            let partner = try await w.services.directory.registerPartner(name: text, kind: .welfare, context: w.world.administrator)
            return try await w.stored { try $0.directory.partner(partner.id) }.name
        },
        StringFieldWritePath("professional.name") { w, text in
            let professional = try await w.services.directory.registerProfessional(
                name: text, partner: w.world.team, role: .teamMember, context: w.world.administrator
            )
            return try await w.stored { try $0.directory.professional(professional.id) }.name
        },
    ]
}
