import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

/// The examples of the DocC article "Networks and matching", verbatim, run in a test
/// neighbourhood.
@Suite struct NetworksAndMatchingExamples {
    @Test func aSmallNetworkIsIsolatedAndAMatchedBuddyJoinsIt() async throws {
        let world = try await TestNeighbourhood.make()
        let services = world.services
        let neighbourhood = world.neighbourhood
        let coordinator = world.coordinator
        let volunteerCoordinator = world.volunteerCoordinator
        let client = try await world.registerClient(familyName: "Smit", givenNames: "Anneke")

        _ = try await services.network.addTie(
            to: client.id, counterpart: .person(name: "Zoon Mark", relation: .family),
            frequency: .monthly, context: coordinator
        )
        let isolation = try await services.network.isolation(of: client.id, context: coordinator)
        let isolated = isolation.isIsolated   // one informal tie, no recent contact: isolated

        #expect(isolated)
        #expect(isolation.informalTies == 1)

        _ = try await services.volunteers.register(
            name: "Ellen", skills: [.paperwork, .budgeting], neighbourhood: neighbourhood,
            capacity: 2, context: volunteerCoordinator
        )
        let need = VolunteerNeed(skills: [.paperwork, .budgeting], neighbourhood: neighbourhood)
        let matches = try await services.volunteers.match(need, context: coordinator)
        if let best = matches.first {
            _ = try await services.volunteers.assign(best.volunteer, to: client.id, relation: .buddy, context: coordinator)
        }

        #expect(matches.count == 1)
        #expect(matches.first?.proximity == .sameNeighbourhood)
        let ties = try await services.network.ties(of: client.id, context: coordinator)
        #expect(ties.compactMap(\.counterpart.relation).sorted { $0.rawValue < $1.rawValue } == [.buddy, .family])
    }
}
