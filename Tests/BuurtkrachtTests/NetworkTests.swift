import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Networks")
struct NetworkTests {
    private let now = TestClock.referenceDate
    private let client: Client.ID = "client-1"

    private func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    private func tie(
        _ number: Int,
        _ counterpart: Tie.Counterpart,
        lastContact: Date? = nil,
        ended: Bool = false
    ) -> Tie {
        Tie(
            id: Tie.ID("tie-\(number)"), client: client, counterpart: counterpart, frequency: .weekly,
            lastContactAt: lastContact, since: daysAgo(400), endedAt: ended ? daysAgo(100) : nil
        )
    }

    private func visit(_ outcome: VisitOutcome, daysAgo days: Double) -> Visit {
        Visit(id: "visit-1", subject: .client(client), at: daysAgo(days), outcome: outcome)
    }

    private func assess(_ ties: [Tie], visits: [Visit] = [], policy: IsolationPolicy = IsolationPolicy()) -> IsolationAssessment {
        IsolationAssessment.assess(client: client, ties: ties, visits: visits, policy: policy, at: now)
    }

    // MARK: Isolation

    @Test func clientWithFewInformalTiesAndNoRecentContactIsIsolated() {
        let assessment = assess([tie(1, .person(name: "Anke", relation: .family))])
        #expect(assessment.isIsolated)
        #expect(assessment.informalTies == 1)
        #expect(assessment.lastContactAt == nil)
    }

    @Test func clientWithEnoughInformalTiesIsNotIsolated() {
        let assessment = assess([tie(1, .person(name: "Anke", relation: .family)), tie(2, .person(name: "Piet", relation: .neighbour))])
        #expect(!assessment.isIsolated)
        #expect(assessment.informalTies == 2)
    }

    @Test func professionalAndEndedTiesAreNotPartOfTheInformalNetwork() {
        let assessment = assess([
            tie(1, .person(name: "Anke", relation: .family)),
            tie(2, .professional("professional-7")),
            tie(3, .partner("partner-3")),
            tie(4, .person(name: "Piet", relation: .neighbour), ended: true),
        ])
        #expect(assessment.informalTies == 1)
        #expect(assessment.isIsolated)
    }

    @Test func volunteersAndBuddiesArePartOfTheInformalNetwork() {
        let assessment = assess([tie(1, .volunteer("volunteer-1", relation: .buddy)), tie(2, .volunteer("volunteer-2", relation: .volunteer))])
        #expect(assessment.informalTies == 2)
        #expect(!assessment.isIsolated)
    }

    @Test func recentContactOnATieMeansNotIsolated() {
        let assessment = assess([tie(1, .person(name: "Anke", relation: .family), lastContact: daysAgo(10))])
        #expect(!assessment.isIsolated)
        #expect(assessment.lastContactAt == daysAgo(10))
    }

    @Test func contactOlderThanTheWindowDoesNotCount() {
        let assessment = assess([tie(1, .person(name: "Anke", relation: .family), lastContact: daysAgo(31))])
        #expect(assessment.isIsolated)
        #expect(assessment.lastContactAt == daysAgo(31))
    }

    @Test func visitThatReachedTheClientCountsAsContact() {
        #expect(!assess([], visits: [visit(.contactMade, daysAgo: 5)]).isIsolated)
        #expect(!assess([], visits: [visit(.refused, daysAgo: 5)]).isIsolated)
    }

    @Test func visitWithoutAnAnswerIsNoContact() {
        let assessment = assess([], visits: [visit(.noAnswer, daysAgo: 5)])
        #expect(assessment.isIsolated)
        #expect(assessment.lastContactAt == nil)
    }

    @Test func thresholdAndContactWindowAreConfigurable() {
        let strict = IsolationPolicy(minimumInformalTies: 3, contactWindowDays: 7)
        let twoTies = [tie(1, .person(name: "Anke", relation: .family)), tie(2, .person(name: "Piet", relation: .neighbour))]
        #expect(assess(twoTies, policy: strict).isIsolated)
        #expect(assess([tie(1, .person(name: "Anke", relation: .family), lastContact: daysAgo(10))], policy: strict).isIsolated)
        #expect(!assess([tie(1, .person(name: "Anke", relation: .family), lastContact: daysAgo(6))], policy: strict).isIsolated)
    }

    @Test func serviceAssessesWithTheConfiguredPolicyAndRecordedContact() async throws {
        let world = try await TestNeighbourhood.make(policies: Policies(isolation: IsolationPolicy(minimumInformalTies: 3, contactWindowDays: 14)))
        let network = world.services.network
        let client = try await world.registerClient(familyName: "Jansen")
        let sister = try await network.addTie(
            to: client.id, counterpart: .person(name: "Anke", relation: .family), role: "zus", frequency: .monthly,
            lastContactAt: world.clock.now.addingTimeInterval(-20 * 86_400), context: world.coordinator
        )
        _ = try await network.addTie(to: client.id, counterpart: .person(name: "Piet", relation: .neighbour), frequency: .rarely, context: world.coordinator)
        _ = try await network.addTie(to: client.id, counterpart: .professional(world.policeOfficer.professional), frequency: .monthly, context: world.coordinator)
        let before = try await network.isolation(of: client.id, context: world.coordinator)
        #expect(before.informalTies == 2)
        #expect(before.isIsolated)
        world.clock.advance(by: .days(1))
        _ = try await network.recordContact(on: sister.id, context: world.coordinator)
        let after = try await network.isolation(of: client.id, context: world.coordinator)
        #expect(!after.isIsolated)
        #expect(after.lastContactAt == world.clock.now)
    }

    @Test func reachedHomeVisitCountsAsContactThroughTheService() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        #expect(try await world.services.network.isolation(of: client.id, context: world.coordinator).isIsolated)
        let visit = try await world.services.outreach.record(subject: .client(client.id), outcome: .contactMade, context: world.coordinator)
        let assessment = try await world.services.network.isolation(of: client.id, context: world.coordinator)
        #expect(!assessment.isIsolated)
        #expect(assessment.lastContactAt == visit.at)
    }

    @Test func isolatedClientsOfANeighbourhoodAreListed() async throws {
        let world = try await TestNeighbourhood.make()
        let alone = try await world.registerClient(familyName: "Jansen", context: world.teamMember)
        let wellConnected = try await world.registerClient(familyName: "de Vries", address: try world.address("Kerkstraat", "3"), context: world.teamMember)
        for (name, relation) in [("Anke", InformalRelation.family), ("Piet", .neighbour)] {
            _ = try await world.services.network.addTie(
                to: wellConnected.id, counterpart: .person(name: name, relation: relation), frequency: .weekly, context: world.teamMember
            )
        }
        let isolated = try await world.services.network.isolatedClients(in: world.neighbourhood, context: world.teamMember)
        #expect(isolated.map(\.client) == [alone.id])
    }

    @Test func isolatedClientsSkipsThoseTheCallerMayNotSeeWithoutReadingThem() async throws {
        let world = try await TestNeighbourhood.make()
        let visible = try await world.registerClient(familyName: "Jansen", context: world.teamMember)
        let hidden = try await world.registerClient(familyName: "Bakker", address: try world.address("Kerkstraat", "5"), context: world.coordinator)
        let isolated = try await world.services.network.isolatedClients(in: world.neighbourhood, context: world.teamMember)
        #expect(isolated.map(\.client) == [visible.id])
        let trail = try await world.services.audit.entries(matching: AuditQuery(subject: hidden.id), context: world.auditor)
        #expect(!trail.contains { $0.actor == world.teamMember.professional })
    }

    // MARK: Who is involved

    @Test func everyoneInvolvedWithAHouseholdIsListedWithTheirRoles() async throws {
        let world = try await TestNeighbourhood.make()
        let services = world.services
        let father = try await world.registerClient(familyName: "Jansen", givenNames: "Kees")
        let daughter = try await world.registerClient(familyName: "Jansen", givenNames: "Lotte")
        let household = try await services.clients.registerHousehold(
            address: try world.address(), members: [father.id, daughter.id], context: world.coordinator
        )
        let buddy = try await services.volunteers.register(
            name: "Marja", skills: [.paperwork], neighbourhood: world.neighbourhood, capacity: 2, context: world.volunteerCoordinator
        )
        _ = try await services.network.addTie(
            to: father.id, counterpart: .person(name: "Anke", relation: .family), role: "zus", frequency: .weekly, context: world.coordinator
        )
        _ = try await services.network.addTie(
            to: father.id, counterpart: .professional(world.policeOfficer.professional), frequency: .monthly, context: world.coordinator
        )
        let formerNeighbour = try await services.network.addTie(
            to: daughter.id, counterpart: .person(name: "Henk", relation: .neighbour), frequency: .rarely, context: world.coordinator
        )
        _ = try await services.network.endTie(formerNeighbour.id, context: world.coordinator)
        _ = try await services.volunteers.assign(buddy.id, to: daughter.id, context: world.coordinator)

        var plan = try await services.plans.create(for: .household(household.id), context: world.coordinator)
        plan = try await services.plans.addAction(
            to: plan.id, description: "Schuldenoverzicht", owner: .professional(world.debtCounsellor.professional), context: world.coordinator
        )
        plan = try await services.plans.addAction(to: plan.id, description: "Post sorteren", owner: .volunteer(buddy.id), context: world.coordinator)
        plan = try await services.plans.addAction(
            to: plan.id, description: "Huisbezoek", owner: .professional(world.outreachWorker.professional), context: world.coordinator
        )
        plan = try await services.plans.addAction(to: plan.id, description: "Zelf bellen", owner: .client, context: world.coordinator)
        let visitAction = try #require(plan.actions.first { $0.description == "Huisbezoek" })
        _ = try await services.plans.completeAction(visitAction.id, in: plan.id, context: world.coordinator)
        let stopped = try await services.plans.create(for: .client(daughter.id), context: world.otherCoordinator)
        _ = try await services.plans.close(stopped.id, reason: .clientStopped, context: world.otherCoordinator)

        let involved = try await services.network.involved(with: household.id, context: world.coordinator)
        var byCounterpart: [Tie.Counterpart: Involvement] = [:]
        for involvement in involved { byCounterpart[involvement.counterpart] = involvement }
        #expect(involved.count == byCounterpart.count, "every counterpart is listed once")

        let sister = byCounterpart[.person(name: "Anke", relation: .family)]
        #expect(sister?.roles == ["zus"])
        #expect(sister?.clients == [father.id])
        #expect(sister?.kind == .informal)
        let officer = byCounterpart[.professional(world.policeOfficer.professional)]
        #expect(officer?.roles == ["professional"])
        #expect(officer?.kind == .professional)
        let coordinator = byCounterpart[.professional(world.coordinator.professional)]
        #expect(coordinator?.roles == ["coordinator"])
        #expect(Set(coordinator?.clients ?? []) == [father.id, daughter.id])
        let counsellor = byCounterpart[.professional(world.debtCounsellor.professional)]
        #expect(counsellor?.roles == ["action owner"])
        #expect(Set(counsellor?.clients ?? []) == [father.id, daughter.id])
        let volunteer = involved.filter {
            if case .volunteer(let id, _) = $0.counterpart { return id == buddy.id } else { return false }
        }
        #expect(volunteer.count == 1, "a buddy who also owns an action is listed once")
        #expect(volunteer.first?.roles == ["buddy", "action owner"])

        #expect(byCounterpart[.person(name: "Henk", relation: .neighbour)] == nil, "ended ties are left out")
        #expect(byCounterpart[.professional(world.outreachWorker.professional)] == nil, "done actions are left out")
        #expect(byCounterpart[.professional(world.otherCoordinator.professional)] == nil, "closed plans are left out")
    }

    @Test func whoIsInvolvedNeedsAccessToEveryMember() async throws {
        let world = try await TestNeighbourhood.make()
        let member = try await world.registerClient(familyName: "Jansen")
        let household = try await world.services.clients.registerHousehold(address: try world.address(), members: [member.id], context: world.coordinator)
        await expectError(.accessDenied) { try await world.services.network.involved(with: household.id, context: world.policeOfficer) }
    }

    @Test func tieOfAClientTheCallerCannotSeeIsRefused() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen", context: world.teamMember)
        await expectError(.accessDenied) {
            try await world.services.network.addTie(
                to: client.id, counterpart: .person(name: "Anke", relation: .family), frequency: .weekly, context: world.outreachWorker
            )
        }
        #expect(try await world.stored { try $0.network.ties(matching: TieQuery()) }.isEmpty)
    }
}
