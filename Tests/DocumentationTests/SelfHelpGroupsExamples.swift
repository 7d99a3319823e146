import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

/// The examples of the DocC article "Self-help groups", verbatim, run in a test neighbourhood.
@Suite struct SelfHelpGroupsExamples {
    @Test func aClientIsMatchedEnrolledAndMarkedPresent() async throws {
        let world = try await TestNeighbourhood.make()
        let services = world.services
        let neighbourhood = world.neighbourhood
        let coordinator = world.coordinator
        let volunteerCoordinator = world.volunteerCoordinator
        let client = try await world.registerClient(familyName: "Mulder", givenNames: "Ilse")

        let group = try await services.groups.create(
            name: "Grip op geld", theme: .debts, location: "Huis van de Buurt Noord",
            neighbourhood: neighbourhood,
            schedule: MeetingSchedule(weekday: 2, hour: 19, minute: 30, frequency: .weekly),
            capacity: 8, context: volunteerCoordinator
        )

        let fits = try await services.groups.match(client.id, themes: [.debts], context: coordinator)
        let enrolment = try await services.groups.enrol(client.id, in: fits[0].group, context: coordinator)
        let placement = enrolment.placement   // .member, or .waitingList when the group is full

        #expect(fits.map(\.group) == [group.id])
        #expect(placement == .member)

        _ = try await services.groups.recordAttendance(
            of: group.id, on: CalendarDate(Date(), in: .amsterdam), present: [client.id],
            context: volunteerCoordinator
        )

        let recorded = try await services.groups.group(group.id, context: volunteerCoordinator)
        #expect(recorded.meetings.map(\.present) == [[client.id]])
    }
}
