import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Atomic service operations")
struct AtomicityTests {
    private struct Interrupted: Error {}

    @Test func failingUnitOfWorkLeavesNothingBehind() async throws {
        let world = try await TestNeighbourhood.make()
        let trailBefore = try await world.stored { try $0.audit.entries(matching: AuditQuery()) }
        let client = Client(id: "client-extra", name: PersonName(familyName: "Jansen"), registeredAt: world.clock.now)
        await #expect(throws: Interrupted.self) {
            try await world.services.perform(world.coordinator) { unit in
                try unit.transaction.clients.insert(client)
                try unit.audit(.create, record: RecordReference(kind: .client, id: client.id.rawValue), subject: client.id, basis: .publicTask)
                throw Interrupted()
            }
        }
        #expect(try await world.stored { try $0.clients.client(client.id) } == nil)
        #expect(try await world.stored { try $0.audit.entries(matching: AuditQuery()) } == trailBefore)
    }

    @Test func succeedingUnitOfWorkCommitsItsChangesAndAuditEntries() async throws {
        let world = try await TestNeighbourhood.make()
        let client = Client(id: "client-extra", name: PersonName(familyName: "Jansen"), registeredAt: world.clock.now)
        let count = try await world.services.perform(world.coordinator) { unit in
            try unit.transaction.clients.insert(client)
            try unit.audit(.create, record: RecordReference(kind: .client, id: client.id.rawValue), subject: client.id, basis: .publicTask)
            return try unit.transaction.clients.clients(matching: ClientQuery()).count
        }
        #expect(count == 1)
        #expect(try await world.stored { try $0.clients.client(client.id) } == client)
        #expect(try await world.stored { try $0.audit.lastEntry()?.subject } == client.id)
    }

    @Test func householdRegistrationFailingOnTheSecondMemberLeavesNoHouseholdAndNoLink() async throws {
        let world = try await TestNeighbourhood.make()
        let visible = try await world.registerClient(familyName: "Jansen")
        let hidden = try await world.registerClient(familyName: "de Vries", address: try world.address("Kerkstraat", "3"), context: world.teamMember)
        let sequence = try await world.stored { try $0.audit.lastEntry()?.sequence ?? 0 }
        // Identifiers count up one by one: the household would have taken the next one.
        let probe: Household.ID = world.services.environment.ids()
        let number = try #require(Int(probe.rawValue.dropFirst("household-".count)))
        let householdID = Household.ID(String(format: "household-%08d", number + 1))
        await expectError(.accessDenied) {
            try await world.services.clients.registerHousehold(address: try world.address(), members: [visible.id, hidden.id], context: world.coordinator)
        }
        #expect(try await world.stored { try $0.clients.client(visible.id) } == visible)
        #expect(try await world.stored { try $0.households.household(householdID) } == nil)
        let added = try await world.stored { try $0.audit.entries(matching: AuditQuery(afterSequence: sequence)) }
        #expect(added.map(\.outcome) == [.denied], "only the denial is kept, not the update of the first member")
    }

    @Test func conflictAfterAnAuditedReadLeavesNoEntry() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        let volunteer = try await world.services.volunteers.register(
            name: "Marja", skills: [], neighbourhood: world.neighbourhood, capacity: 0, context: world.volunteerCoordinator
        )
        let sequence = try await world.stored { try $0.audit.lastEntry()?.sequence ?? 0 }
        await expectError(.conflict) { try await world.services.volunteers.assign(volunteer.id, to: client.id, context: world.coordinator) }
        #expect(try await world.stored { try $0.audit.lastEntry()?.sequence } == sequence)
        #expect(try await world.stored { try $0.network.ties(matching: TieQuery()) }.isEmpty)
    }

    @Test func readTransactionRefusesWrites() async throws {
        let world = try await TestNeighbourhood.make()
        let client = Client(id: "client-extra", name: PersonName(familyName: "Jansen"), registeredAt: world.clock.now)
        await expectError(.readOnlyTransaction) { try await world.services.storage.read { try $0.clients.insert(client) } }
        #expect(try await world.stored { try $0.clients.client(client.id) } == nil)
    }
}
