import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Self-help groups")
struct SelfHelpGroupTests {
    private let now = TestClock.referenceDate
    private let tuesdayEvening = MeetingSchedule(weekday: 2, hour: 19, minute: 30, frequency: .weekly)

    private func group(
        _ id: SelfHelpGroup.ID = "group-1",
        theme: GroupTheme = .debts,
        in neighbourhood: String = "BU19160101",
        capacity: Int = 2,
        members: Int = 0,
        waiting: Int = 0
    ) throws -> SelfHelpGroup {
        var group = SelfHelpGroup(
            id: id, name: "Grip op geld", theme: theme, organiser: "partner-welfare", location: "Huis van de Buurt",
            neighbourhood: try NeighbourhoodCode(neighbourhood), schedule: tuesdayEvening, capacity: capacity
        )
        for index in 0..<(members + waiting) {
            try group.enrol(Client.ID("client-\(id.rawValue)-\(index)"), at: now)
        }
        return group
    }

    // MARK: Finding a group

    @Test func onlyGroupsOnTheClientsThemesAreMatched() throws {
        let ranked = GroupMatch.rank(
            [try group("group-1", theme: .debts), try group("group-2", theme: .addiction), try group("group-3", theme: .loneliness)],
            themes: [.debts, .loneliness], near: homeNeighbourhood
        )
        #expect(Set(ranked.map(\.group)) == ["group-1", "group-3"])
    }

    @Test func groupWithAFreePlaceComesBeforeANearerFullGroup() throws {
        let ranked = GroupMatch.rank(
            [try group("group-1", capacity: 2, members: 2, waiting: 1), try group("group-2", in: "BU19160301", capacity: 4, members: 1)],
            themes: [.debts], near: homeNeighbourhood
        )
        #expect(ranked.map(\.group) == ["group-2", "group-1"])
        #expect(ranked.map(\.freePlaces) == [3, 0])
        #expect(ranked.map(\.waiting) == [0, 1])
    }

    @Test func amongGroupsWithPlacesTheNearestComesFirst() throws {
        let ranked = GroupMatch.rank(
            [try group("group-1", in: "BU19160301"), try group("group-2", in: "BU19160102"), try group("group-3")],
            themes: [.debts], near: homeNeighbourhood
        )
        #expect(ranked.map(\.group) == ["group-3", "group-2", "group-1"])
    }

    @Test func amongFullGroupsTheNearestWithTheShortestWaitingListComesFirst() throws {
        let ranked = GroupMatch.rank(
            [
                try group("group-1", capacity: 1, members: 1, waiting: 3), try group("group-2", capacity: 1, members: 1, waiting: 1),
                try group("group-3", in: "BU19160102", capacity: 1, members: 1),
            ],
            themes: [.debts], near: homeNeighbourhood
        )
        #expect(ranked.map(\.group) == ["group-2", "group-1", "group-3"])
    }

    // MARK: Enrolling and leaving

    @Test func clientBecomesAMemberWhileThereIsAFreePlace() throws {
        var group = try group(capacity: 2)
        let enrolment = try group.enrol("client-1", at: now)
        #expect(enrolment == SelfHelpGroup.Enrolment(placement: .member, waitingPosition: nil))
        #expect(group.members == [Membership(client: "client-1", since: now)])
        #expect(group.freePlaces == 1)
        #expect(group.occupancy == 0.5)
    }

    @Test func enrollingInAFullGroupPutsTheClientOnTheWaitingList() throws {
        var group = try group(capacity: 1, members: 1)
        #expect(try group.enrol("client-a", at: now) == SelfHelpGroup.Enrolment(placement: .waitingList, waitingPosition: 1))
        #expect(try group.enrol("client-b", at: now) == SelfHelpGroup.Enrolment(placement: .waitingList, waitingPosition: 2))
        #expect(group.waitingList.map(\.client) == ["client-a", "client-b"])
        #expect(group.members.count == 1)
    }

    @Test func enrollingTwiceIsAConflict() throws {
        var group = try group(capacity: 1)
        try group.enrol("client-a", at: now)
        try group.enrol("client-b", at: now)
        expectError(.conflict) { try group.enrol("client-a", at: now) }
        expectError(.conflict) { try group.enrol("client-b", at: now) }
        #expect(group.members.count == 1)
        #expect(group.waitingList.count == 1)
    }

    @Test func memberLeavingFreesAPlaceForTheFirstWaiting() throws {
        var group = try group(capacity: 1)
        try group.enrol("client-a", at: now)
        try group.enrol("client-b", at: now)
        try group.enrol("client-c", at: now)
        let later = now.addingTimeInterval(86_400)
        let movedUp = try group.remove("client-a", at: later)
        #expect(movedUp == "client-b")
        #expect(group.members == [Membership(client: "client-b", since: later)])
        #expect(group.waitingList.map(\.client) == ["client-c"])
    }

    @Test func leavingTheWaitingListMovesNobodyUp() throws {
        var group = try group(capacity: 1)
        try group.enrol("client-a", at: now)
        try group.enrol("client-b", at: now)
        try group.enrol("client-c", at: now)
        #expect(try group.remove("client-b", at: now) == nil)
        #expect(group.members.map(\.client) == ["client-a"])
        #expect(group.waitingList.map(\.client) == ["client-c"])
    }

    @Test func leavingWhenNotEnrolledIsNotFound() throws {
        var group = try group()
        expectError(.notFound) { try group.remove("client-x", at: now) }
    }

    // MARK: Attendance

    @Test func attendanceIsRecordedOnlyForMembers() throws {
        var group = try group(capacity: 1)
        try group.enrol("client-a", at: now)
        try group.enrol("client-b", at: now)
        let error = expectError(.invalidValue) { try group.recordAttendance(GroupMeeting(date: try day("2026-11-24"), present: ["client-a", "client-b"])) }
        #expect(error?.context["field"] == "present")
        #expect(error?.message.contains("client-b") == false)
        #expect(group.meetings.isEmpty)
        try group.recordAttendance(GroupMeeting(date: try day("2026-11-24"), present: ["client-a"]))
        #expect(group.meetings == [GroupMeeting(date: try day("2026-11-24"), present: ["client-a"])])
    }

    @Test func recordingAMeetingAgainReplacesItAndMeetingsStayInDateOrder() throws {
        var group = try group(capacity: 2)
        try group.enrol("client-a", at: now)
        try group.enrol("client-b", at: now)
        try group.recordAttendance(GroupMeeting(date: try day("2026-12-01"), present: ["client-a"]))
        try group.recordAttendance(GroupMeeting(date: try day("2026-11-24"), present: ["client-a"]))
        try group.recordAttendance(GroupMeeting(date: try day("2026-12-01"), present: ["client-a", "client-b"]))
        #expect(group.meetings.map(\.date.description) == ["2026-11-24", "2026-12-01"])
        #expect(group.meetings.last?.present == ["client-a", "client-b"])
    }

    // MARK: Through the service

    @Test func serviceEnrolsLeavesAndRecordsAttendance() async throws {
        let world = try await TestNeighbourhood.make()
        let groups = world.services.groups
        let first = try await world.registerClient(familyName: "Jansen")
        let second = try await world.registerClient(familyName: "de Vries", address: try world.address("Kerkstraat", "3"))
        let group = try await groups.create(
            name: "Grip op geld", theme: .debts, location: "Huis van de Buurt", neighbourhood: world.neighbourhood,
            schedule: tuesdayEvening, capacity: 1, context: world.coordinator
        )
        #expect(try await groups.enrol(first.id, in: group.id, context: world.coordinator).placement == .member)
        #expect(try await groups.enrol(second.id, in: group.id, context: world.coordinator).waitingPosition == 1)
        await expectError(.invalidValue) {
            try await groups.recordAttendance(of: group.id, on: try day("2026-11-24"), present: [second.id], context: world.coordinator)
        }
        #expect(try await groups.leave(first.id, group: group.id, context: world.coordinator) == second.id)
        let updated = try await groups.recordAttendance(of: group.id, on: try day("2026-11-24"), present: [second.id], context: world.coordinator)
        #expect(updated.members.map(\.client) == [second.id])
        #expect(updated.meetings.count == 1)
    }

    @Test func serviceMatchesGroupsNearTheClient() async throws {
        let world = try await TestNeighbourhood.make()
        let groups = world.services.groups
        let client = try await world.registerClient(familyName: "Jansen")
        let acrossTown = try await groups.create(
            name: "Schuldenvrij", theme: .debts, location: "Wijkhuis", neighbourhood: world.neighbourhoodAcrossTown,
            schedule: tuesdayEvening, capacity: 8, context: world.coordinator
        )
        let here = try await groups.create(
            name: "Grip op geld", theme: .debts, location: "Huis van de Buurt", neighbourhood: world.neighbourhood,
            schedule: tuesdayEvening, capacity: 8, context: world.coordinator
        )
        _ = try await groups.create(
            name: "Samen rouwen", theme: .grief, location: "Huis van de Buurt", neighbourhood: world.neighbourhood,
            schedule: tuesdayEvening, capacity: 8, context: world.coordinator
        )
        let matches = try await groups.match(client.id, themes: [.debts], context: world.coordinator)
        #expect(matches.map(\.group) == [here.id, acrossTown.id])
    }

    @Test func membersAreShownOnlyToTheOrganisingPartner() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        let group = try await world.services.groups.create(
            name: "Grip op geld", theme: .debts, location: "Huis van de Buurt", neighbourhood: world.neighbourhood,
            schedule: tuesdayEvening, capacity: 8, context: world.volunteerCoordinator
        )
        _ = try await world.services.groups.enrol(client.id, in: group.id, context: world.coordinator)
        let denied = await expectError(.accessDenied) { try await world.services.groups.group(group.id, context: world.coordinator) }
        #expect(denied?.context["reason"] == "notOrganiser")
        let summaries = try await world.services.groups.groups(in: .neighbourhood(world.neighbourhood), context: world.policeOfficer)
        #expect(summaries.map(\.memberCount) == [1])
        #expect(summaries.map(\.waitingCount) == [0])
        #expect(try await world.services.groups.group(group.id, context: world.volunteerCoordinator).members.map(\.client) == [client.id])
    }

    @Test func groupNeedsAPlaceAndAValidSchedule() async throws {
        let world = try await TestNeighbourhood.make()
        let groups = world.services.groups
        await expectError(.invalidValue) {
            try await groups.create(
                name: "Grip op geld", theme: .debts, location: "Wijkhuis", neighbourhood: world.neighbourhood, schedule: tuesdayEvening,
                capacity: 0, context: world.coordinator
            )
        }
        await expectError(.invalidValue) {
            try await groups.create(
                name: "Grip op geld", theme: .debts, location: "Wijkhuis", neighbourhood: world.neighbourhood,
                schedule: MeetingSchedule(weekday: 8, hour: 19, frequency: .weekly), capacity: 8, context: world.coordinator
            )
        }
        #expect(try await groups.groups(in: .neighbourhood(world.neighbourhood), context: world.coordinator).isEmpty)
    }
}
