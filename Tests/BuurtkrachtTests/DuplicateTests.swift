import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("Possible duplicates")
struct DuplicateTests {
    private func register(
        _ world: TestNeighbourhood,
        _ familyName: String = "Jansen",
        givenNames: String? = "Kees",
        prefix: String? = nil,
        birthDate: String? = "1961-03-02",
        bsn: String? = nil,
        postcode: String = "2262AB"
    ) async throws -> ClientRegistration {
        let draft = ClientDraft(
            name: PersonName(givenNames: givenNames, prefix: prefix, familyName: familyName),
            birthDate: try birthDate.map(day),
            bsn: try bsn.map { try BSN($0) },
            address: try world.address("Kerkstraat", "1", postcode: postcode)
        )
        return try await world.services.clients.register(draft, basis: .publicTask, context: world.coordinator)
    }

    @Test func registrationFlagsAnExistingClientWithTheSameBSN() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await register(world, "Jansen", birthDate: nil, bsn: "111222333")
        let second = try await register(world, "Janssen", givenNames: "C.", birthDate: nil, bsn: "111222333", postcode: "1011AB")
        #expect(first.possibleDuplicates.isEmpty)
        let pair = try #require(second.possibleDuplicates.first)
        #expect(second.possibleDuplicates.count == 1)
        #expect(pair.reason == .sameBSN)
        #expect(pair.status == .open)
        #expect(Set([pair.first, pair.second]) == [first.client.id, second.client.id])
        #expect(pair.first < pair.second)
    }

    @Test func registrationFlagsTheSameNameBirthDateAndPostcode() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await register(world, "Vries", givenNames: "Ëlla", prefix: "de")
        let second = try await register(world, "VRIES", givenNames: "Ella", prefix: "De")
        #expect(second.possibleDuplicates.map(\.reason) == [.sameNameBirthDateAndPostcode])
        #expect(second.possibleDuplicates.first?.first == first.client.id)
    }

    @Test(arguments: [
        ("Jansen", "1961-03-03", "2262AB"),  // another birth date
        ("Jansen", "1961-03-02", "2262AC"),  // another postcode
        ("Pietersen", "1961-03-02", "2262AB"),  // another name
    ])
    func clientsThatDifferInNameBirthDateOrPostcodeAreNotFlagged(_ familyName: String, _ birthDate: String, _ postcode: String) async throws {
        let world = try await TestNeighbourhood.make()
        _ = try await register(world)
        let other = try await register(world, familyName, birthDate: birthDate, postcode: postcode)
        #expect(other.possibleDuplicates.isEmpty)
    }

    @Test func flaggedClientsAreNeverMergedAutomatically() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await register(world, bsn: "111222333")
        let second = try await register(world, bsn: "111222333")
        let stored = try await world.stored { tx in try [first.client.id, second.client.id].compactMap { try tx.clients.client($0) } }
        #expect(stored.map(\.status) == [.active, .active])
        #expect(stored.allSatisfy { $0.mergedInto == nil })
        #expect(try await world.services.duplicates.open(context: world.coordinator).map(\.id) == second.possibleDuplicates.map(\.id))
    }

    @Test func mergeMarksTheOtherRecordMergedIntoTheSurvivor() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await register(world, bsn: "111222333")
        let second = try await register(world, bsn: "111222333")
        let pair = try #require(second.possibleDuplicates.first)
        world.clock.advance(by: .seconds(600))
        let merged = try await world.services.duplicates.merge(pair.id, keeping: first.client.id, context: world.coordinator)
        #expect(merged.status == .merged)
        #expect(merged.survivor == first.client.id)
        #expect(merged.mergedAway == second.client.id)
        #expect(merged.decisions == [PossibleDuplicate.Decision(status: .merged, by: world.coordinator.professional, at: world.clock.now)])
        let (survivor, mergedAway) = try await world.stored { tx in
            (try tx.clients.client(first.client.id), try tx.clients.client(second.client.id))
        }
        #expect(survivor == first.client)
        #expect(mergedAway?.status == .merged)
        #expect(mergedAway?.mergedInto == first.client.id)
        #expect(try await world.services.duplicates.open(context: world.coordinator).isEmpty)
    }

    @Test func unmergeRestoresBothRecordsExactly() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await register(world, bsn: "111222333")
        let second = try await register(world, bsn: "111222333")
        // The record to merge away was inactive; the unmerge must bring that back too.
        let inactive = try await world.services.storage.write { tx in
            var client = try #require(try tx.clients.client(second.client.id))
            client.status = .inactive
            try tx.clients.update(client)
            return client
        }
        let pair = try #require(second.possibleDuplicates.first)
        _ = try await world.services.duplicates.merge(pair.id, keeping: first.client.id, context: world.coordinator)
        let reopened = try await world.services.duplicates.unmerge(pair.id, context: world.coordinator)
        #expect(reopened.status == .open)
        #expect(reopened.survivor == nil)
        #expect(reopened.statusBeforeMerge == nil)
        #expect(reopened.decisions.map(\.status) == [.merged, .open])
        let restored = try await world.stored { tx in (try tx.clients.client(first.client.id), try tx.clients.client(second.client.id)) }
        #expect(restored.0 == first.client)
        #expect(restored.1 == inactive)
    }

    @Test func notADuplicateDecisionIsRecordedAndFinal() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await register(world)
        let second = try await register(world)
        let pair = try #require(second.possibleDuplicates.first)
        let decided = try await world.services.duplicates.markNotDuplicate(pair.id, context: world.coordinator)
        #expect(decided.status == .notDuplicate)
        #expect(decided.decisions.map(\.status) == [.notDuplicate])
        await expectError(.illegalTransition) { try await world.services.duplicates.merge(pair.id, keeping: first.client.id, context: world.coordinator) }
        await expectError(.illegalTransition) { try await world.services.duplicates.unmerge(pair.id, context: world.coordinator) }
        let stored = try await world.stored { try $0.clients.client(second.client.id) }
        #expect(stored == second.client)
    }

    @Test func mergedPairCannotBeMergedAgain() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await register(world)
        let second = try await register(world)
        let pair = try #require(second.possibleDuplicates.first)
        _ = try await world.services.duplicates.merge(pair.id, keeping: first.client.id, context: world.coordinator)
        await expectError(.illegalTransition) { try await world.services.duplicates.merge(pair.id, keeping: second.client.id, context: world.coordinator) }
    }

    @Test func survivorMustBeOneOfThePair() async throws {
        let world = try await TestNeighbourhood.make()
        _ = try await register(world)
        let second = try await register(world)
        let stranger = try await register(world, "Pietersen", bsn: "123456782")
        let pair = try #require(second.possibleDuplicates.first)
        await expectError(.invalidValue) { try await world.services.duplicates.merge(pair.id, keeping: stranger.client.id, context: world.coordinator) }
        #expect(try await world.services.duplicates.open(context: world.coordinator).map(\.id) == [pair.id])
    }

    @Test func mergedAwayRecordIsNotFlaggedAgain() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await register(world, bsn: "111222333")
        let second = try await register(world, bsn: "111222333")
        let pair = try #require(second.possibleDuplicates.first)
        _ = try await world.services.duplicates.merge(pair.id, keeping: first.client.id, context: world.coordinator)
        let third = try await register(world, bsn: "111222333")
        #expect(third.possibleDuplicates.count == 1)
        #expect(third.possibleDuplicates.first.map { Set([$0.first, $0.second]) } == [first.client.id, third.client.id])
    }

    @Test func professionalCanFlagTwoClientsByHand() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await register(world, "Jansen")
        let second = try await register(world, "Pietersen")
        let pair = try await world.services.duplicates.flag(second.client.id, first.client.id, context: world.coordinator)
        #expect(pair.reason == .reported)
        #expect(pair.first == first.client.id)
        await expectError(.invalidValue) { try await world.services.duplicates.flag(first.client.id, first.client.id, context: world.coordinator) }
    }

    @Test func decidingNeedsAccessToBothClients() async throws {
        let world = try await TestNeighbourhood.make()
        let first = try await register(world, bsn: "111222333")
        let second = try await register(world, bsn: "111222333")
        let pair = try #require(second.possibleDuplicates.first)
        await expectError(.accessDenied) { try await world.services.duplicates.merge(pair.id, keeping: first.client.id, context: world.dataOfficer) }
        let stored = try await world.stored { try $0.duplicates.duplicate(pair.id) }
        #expect(stored?.status == .open)
    }
}
