import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Clients and households")
struct ClientTests {
    @Test func registrationRecordsTheClientAndAConsentOnTheGivenBasis() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen", givenNames: "Kees")
        #expect(client.status == .active)
        #expect(client.registeredAt == world.clock.now)
        #expect(client.neighbourhood == world.neighbourhood)
        let consents = try await world.services.consents.consents(of: client.id, context: world.coordinator)
        #expect(consents.map(\.basis) == [.publicTask])
        #expect(consents.map(\.partner) == [world.team])
        #expect(consents.map(\.purpose) == [.guidance])
    }

    @Test func registrationNeedsAFamilyName() async throws {
        let world = try await TestNeighbourhood.make()
        let error = await expectError(.missingField) { try await world.registerClient(familyName: "  ") }
        #expect(error?.context["field"] == "name.familyName")
    }

    @Test func registrationIntoAnUnknownHouseholdIsNotFound() async throws {
        let world = try await TestNeighbourhood.make()
        let draft = ClientDraft(name: PersonName(familyName: "Jansen"), household: "household-missing")
        await expectError(.notFound) { try await world.services.clients.register(draft, basis: .publicTask, context: world.coordinator) }
        #expect(try await world.stored { try $0.clients.clients(matching: ClientQuery()) }.isEmpty)
    }

    @Test func externalIdentifierCanBelongToOneClientOnly() async throws {
        let world = try await TestNeighbourhood.make()
        let draft = ClientDraft(name: PersonName(familyName: "Jansen"), externalIDs: ["Suite4Sociaal": "D-1042"])
        _ = try await world.services.clients.register(draft, basis: .publicTask, context: world.coordinator)
        var other = draft
        other.name = PersonName(familyName: "Pietersen")
        let error = await expectError(.alreadyExists) { try await world.services.clients.register(other, basis: .publicTask, context: world.coordinator) }
        #expect(error?.description.contains("D-1042") == false)
        #expect(error?.description.contains("Pietersen") == false)
    }

    @Test func updateKeepsStatusMergeLinkAndRegistrationTime() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        world.clock.advance(by: .days(1))
        var changed = client
        changed.problemAreas = [.finances, .substanceUse]
        changed.status = .merged
        changed.mergedInto = "client-other"
        changed.registeredAt = world.clock.now
        let updated = try await world.services.clients.update(changed, context: world.coordinator)
        #expect(updated.problemAreas == [.finances, .substanceUse])
        #expect(updated.status == .active)
        #expect(updated.mergedInto == nil)
        #expect(updated.registeredAt == client.registeredAt)
        #expect(try await world.services.clients.client(client.id, context: world.coordinator) == updated)
    }

    @Test func findingByBSNReturnsOnlyTheClientsTheCallerMaySee() async throws {
        let world = try await TestNeighbourhood.make()
        let bsn = try BSN("111222333")
        let mine = try await world.registerClient(familyName: "Jansen", bsn: bsn)
        let theirs = try await world.registerClient(familyName: "Jansen", bsn: bsn, address: try world.address("Kerkstraat", "3"), context: world.teamMember)
        let found = try await world.services.clients.find(.bsn(bsn), context: world.coordinator)
        #expect(found.map(\.id) == [mine.id])
        let denials = try await world.services.audit.entries(matching: AuditQuery(subject: theirs.id, outcome: .denied), context: world.auditor)
        #expect(denials.count == 1)
    }

    @Test func findingByExternalIdentifier() async throws {
        let world = try await TestNeighbourhood.make()
        let draft = ClientDraft(name: PersonName(familyName: "Jansen"), externalIDs: ["Suite4Sociaal": "D-1042"])
        let client = try await world.services.clients.register(draft, basis: .publicTask, context: world.coordinator).client
        let found = try await world.services.clients.find(.externalID(ExternalID(system: "Suite4Sociaal", value: "D-1042")), context: world.coordinator)
        #expect(found == [client])
        #expect(try await world.services.clients.find(.externalID(ExternalID(system: "Suite4Sociaal", value: "D-9")), context: world.coordinator).isEmpty)
    }

    @Test func householdLinksItsMembers() async throws {
        let world = try await TestNeighbourhood.make()
        let father = try await world.registerClient(familyName: "Jansen", givenNames: "Kees")
        let daughter = try await world.registerClient(familyName: "Jansen", givenNames: "Lotte")
        let household = try await world.services.clients.registerHousehold(
            address: try world.address(), members: [father.id, daughter.id], context: world.coordinator
        )
        let read = try await world.services.clients.household(household.id, context: world.coordinator)
        #expect(read.household == household)
        #expect(Set(read.members.map(\.id)) == [father.id, daughter.id])
        #expect(read.members.allSatisfy { $0.household == household.id })
        await expectError(.accessDenied) { try await world.services.clients.household(household.id, context: world.policeOfficer) }
    }

    @Test func householdDescriptionAndMirrorShowOnlyTheIdentifier() throws {
        let household = Household(id: "household-1", address: try makeAddress("Zuidsingel", "17"), registeredAt: TestClock.referenceDate)
        var dumped = ""
        dump(household, to: &dumped)
        #expect(!dumped.contains("Zuidsingel"))
        #expect(household.description == "Household(household-1)")
    }

    @Test func nameIsFormattedAndFoldedForMatching() {
        let name = PersonName(givenNames: "Jan Willem", prefix: "van der", familyName: "Berg")
        #expect(name.formatted == "Jan Willem van der Berg")
        #expect(name.matchKey == PersonName(givenNames: "JAN-WILLEM", prefix: "Van der", familyName: "Bérg").matchKey)
        #expect(PersonName(givenNames: " ", familyName: "Berg").formatted == "Berg")
    }
}
