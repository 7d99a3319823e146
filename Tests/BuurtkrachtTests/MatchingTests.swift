import Buurtkracht
import BuurtkrachtTesting
import Testing

@Suite("Volunteer matching")
struct MatchingTests {
    private let need = VolunteerNeed(skills: [.paperwork, .budgeting], neighbourhood: homeNeighbourhood)

    private func volunteer(
        _ id: Volunteer.ID,
        in neighbourhood: String = "BU19160101",
        skills: Set<Skill> = [.paperwork, .budgeting, .digital],
        capacity: Int = 2,
        isActive: Bool = true
    ) throws -> Volunteer {
        Volunteer(
            id: id, name: "Vrijwilliger", skills: skills, neighbourhood: try NeighbourhoodCode(neighbourhood), capacity: capacity,
            isActive: isActive
        )
    }

    // MARK: Ranking

    @Test func sameNeighbourhoodComesBeforeSameDistrictBeforeTheRestOfTheMunicipality() throws {
        let ranked = VolunteerMatch.rank(
            [
                try volunteer("volunteer-a", in: "BU19160301"), try volunteer("volunteer-b", in: "BU19160102"),
                try volunteer("volunteer-c", in: "BU19160101"),
            ],
            for: need, load: [:]
        )
        #expect(ranked.map(\.volunteer) == ["volunteer-c", "volunteer-b", "volunteer-a"])
        #expect(ranked.map(\.proximity) == [.sameNeighbourhood, .sameDistrict, .sameMunicipality])
    }

    @Test func volunteerLackingANeededSkillIsLeftOut() throws {
        let ranked = VolunteerMatch.rank(
            [try volunteer("volunteer-a", skills: [.paperwork]), try volunteer("volunteer-b", in: "BU19160102")], for: need, load: [:]
        )
        #expect(ranked.map(\.volunteer) == ["volunteer-b"])
    }

    @Test func volunteerWithoutFreeCapacityIsLeftOut() throws {
        let ranked = VolunteerMatch.rank(
            [try volunteer("volunteer-a", capacity: 2), try volunteer("volunteer-b", capacity: 0), try volunteer("volunteer-c", in: "BU19160102")],
            for: need, load: ["volunteer-a": 2]
        )
        #expect(ranked.map(\.volunteer) == ["volunteer-c"])
    }

    @Test func inactiveVolunteerIsLeftOut() throws {
        let ranked = VolunteerMatch.rank([try volunteer("volunteer-a", isActive: false)], for: need, load: [:])
        #expect(ranked.isEmpty)
    }

    @Test func withinOneAreaTheMostFreeCapacityComesFirst() throws {
        let ranked = VolunteerMatch.rank(
            [try volunteer("volunteer-a", capacity: 3), try volunteer("volunteer-b", capacity: 3), try volunteer("volunteer-c", capacity: 1)],
            for: need, load: ["volunteer-a": 2]
        )
        #expect(ranked.map(\.volunteer) == ["volunteer-b", "volunteer-a", "volunteer-c"])
        #expect(ranked.map(\.freeCapacity) == [3, 1, 1])
    }

    // MARK: Through the service

    @Test func serviceMatchesWithinTheMunicipalityOnly() async throws {
        let world = try await TestNeighbourhood.make()
        let volunteers = world.services.volunteers
        func register(_ neighbourhood: NeighbourhoodCode, skills: Set<Skill> = [.paperwork, .budgeting]) async throws -> Volunteer.ID {
            try await volunteers.register(name: "Vrijwilliger", skills: skills, neighbourhood: neighbourhood, capacity: 1, context: world.volunteerCoordinator).id
        }
        let acrossTown = try await register(world.neighbourhoodAcrossTown)
        let elsewhere = try await register(try NeighbourhoodCode("BU03630101"))
        let nextDoor = try await register(world.neighbourhoodNextDoor)
        let here = try await register(world.neighbourhood)
        let unskilled = try await register(world.neighbourhood, skills: [.paperwork])
        let matches = try await volunteers.match(VolunteerNeed(skills: [.paperwork, .budgeting], neighbourhood: world.neighbourhood), context: world.coordinator)
        #expect(matches.map(\.volunteer) == [here, nextDoor, acrossTown])
        #expect(!matches.map(\.volunteer).contains(elsewhere))
        #expect(!matches.map(\.volunteer).contains(unskilled))
    }

    @Test func assigningRecordsABuddyTieAndUsesCapacity() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        let volunteer = try await world.services.volunteers.register(
            name: "Marja", skills: [.paperwork, .budgeting], neighbourhood: world.neighbourhood, capacity: 1, context: world.volunteerCoordinator
        )
        let need = VolunteerNeed(skills: [.paperwork], neighbourhood: world.neighbourhood)
        #expect(try await world.services.volunteers.match(need, context: world.coordinator).map(\.freeCapacity) == [1])
        let tie = try await world.services.volunteers.assign(volunteer.id, to: client.id, role: "budgetmaatje", context: world.coordinator)
        #expect(tie.counterpart == .volunteer(volunteer.id, relation: .buddy))
        #expect(tie.client == client.id)
        #expect(tie.role == "budgetmaatje")
        #expect(try await world.services.volunteers.match(need, context: world.coordinator).isEmpty)
    }

    @Test func assigningBeyondCapacityIsAConflictAndRecordsNoTie() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await world.registerClient(familyName: "Jansen")
        let second = try await world.registerClient(familyName: "de Vries", address: try world.address("Kerkstraat", "3"))
        let volunteer = try await world.services.volunteers.register(
            name: "Marja", skills: [.paperwork], neighbourhood: world.neighbourhood, capacity: 1, context: world.volunteerCoordinator
        )
        _ = try await world.services.volunteers.assign(volunteer.id, to: first.id, context: world.coordinator)
        let error = await expectError(.conflict) { try await world.services.volunteers.assign(volunteer.id, to: second.id, context: world.coordinator) }
        #expect(error?.context["id"] == volunteer.id.rawValue)
        let ties = try await world.stored { try $0.network.ties(matching: TieQuery(volunteers: [volunteer.id])) }
        #expect(ties.map(\.client) == [first.id])
    }

    @Test func endingATieFreesCapacity() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        let volunteer = try await world.services.volunteers.register(
            name: "Marja", skills: [.paperwork], neighbourhood: world.neighbourhood, capacity: 1, context: world.volunteerCoordinator
        )
        let tie = try await world.services.volunteers.assign(volunteer.id, to: client.id, context: world.coordinator)
        _ = try await world.services.network.endTie(tie.id, context: world.coordinator)
        let matches = try await world.services.volunteers.match(VolunteerNeed(skills: [.paperwork], neighbourhood: world.neighbourhood), context: world.coordinator)
        #expect(matches.map(\.volunteer) == [volunteer.id])
    }

    @Test func registeringAVolunteerChecksNameCapacityAndPermission() async throws {
        let world = try await TestNeighbourhood.make()
        let volunteers = world.services.volunteers
        await expectError(.missingField) {
            try await volunteers.register(name: " ", skills: [], neighbourhood: world.neighbourhood, capacity: 1, context: world.volunteerCoordinator)
        }
        await expectError(.invalidValue) {
            try await volunteers.register(name: "Marja", skills: [], neighbourhood: world.neighbourhood, capacity: -1, context: world.volunteerCoordinator)
        }
        await expectError(.accessDenied) {
            try await volunteers.register(name: "Marja", skills: [], neighbourhood: world.neighbourhood, capacity: 1, context: world.coordinator)
        }
    }

    @Test func matchingNeedsThePermissionToMatchVolunteers() async throws {
        let world = try await TestNeighbourhood.make()
        let error = await expectError(.accessDenied) {
            try await world.services.volunteers.match(VolunteerNeed(skills: [], neighbourhood: world.neighbourhood), context: world.policeOfficer)
        }
        #expect(error?.context["permission"] == Permission.matchVolunteers.rawValue)
    }
}
