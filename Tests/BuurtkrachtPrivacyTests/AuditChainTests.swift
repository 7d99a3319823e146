import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtTesting
import Foundation
import Testing

/// The SHA-256 audit chain: sealed by the services, verified entry by entry, and broken by any
/// edit, deletion or reordering at the first affected entry.
@Suite("Audit chain")
struct AuditChainTests {
    /// A trail of a dozen entries written by the services with the SHA-256 sealer.
    private func sealedTrail() async throws -> (TestNeighbourhood, [AuditEntry]) {
        let storage = InMemoryStorage()
        let clock = TestClock()
        var environment = ServiceEnvironment.testing(clock: clock)
        environment.auditSealer = SHA256AuditSealer()
        let world = try await TestNeighbourhood.make(storage: storage, clock: clock, environment: environment)
        let client = try await world.registerClient(familyName: "Jansen")
        _ = try await world.services.clients.client(client.id, context: world.coordinator)
        _ = try? await world.services.clients.client(client.id, context: world.policeOfficer)
        let entries = try await storage.read { try $0.audit.entries(matching: AuditQuery()) }
        return (world, entries)
    }

    private func firstBreak(_ entries: [AuditEntry]) -> AuditChainBreak? {
        var verifier = AuditChainVerifier()
        for entry in entries {
            if let broken = verifier.check(entry) { return broken }
        }
        return verifier.finish()
    }

    @Test func servicesWriteAnIntactChain() async throws {
        let (world, entries) = try await sealedTrail()
        #expect(entries.count > 10)
        #expect(entries.allSatisfy { $0.digest?.count == 64 && $0.commitment?.count == 64 })
        #expect(firstBreak(entries) == nil)
        let report = try await world.services.verifyAuditChain(context: world.auditor, batchSize: 3)
        #expect(report.isIntact)
        #expect(report.checked == entries.count)
    }

    @Test func anEditedEntryIsTheFirstBrokenLink() async throws {
        var (_, entries) = try await sealedTrail()
        entries[4].purpose = .safety
        #expect(firstBreak(entries) == AuditChainBreak(entry: entries[4].id, sequence: 5, reason: .contentChanged))
    }

    @Test func anEditedSubjectIsDetected() async throws {
        var (_, entries) = try await sealedTrail()
        let index = try #require(entries.firstIndex { $0.subject != nil })
        entries[index].subject = "client-99999999"
        #expect(firstBreak(entries)?.reason == .identityChanged)
        #expect(firstBreak(entries)?.entry == entries[index].id)
    }

    @Test func entriesPseudonymisedByAnErasureStillVerify() async throws {
        let (world, _) = try await sealedTrail()
        let client = try await world.registerClient(familyName: "Bakker")
        let erasure = try await world.services.erasure.erase(client: client.id, reason: .subjectRequest, context: world.dataOfficer)
        let entries = try await world.services.storage.read { try $0.audit.entries(matching: AuditQuery()) }
        #expect(entries.contains { $0.isPseudonymised && $0.subject == erasure.pseudonym })
        #expect(firstBreak(entries) == nil)
        #expect(try await world.services.verifyAuditChain(context: world.auditor).isIntact)
    }

    @Test func aPseudonymisedFlagSetByHandIsFound() async throws {
        var (_, entries) = try await sealedTrail()
        let index = try #require(entries.firstIndex { $0.subject != nil })
        entries[index].subject = "client-99999999"
        entries[index].isPseudonymised = true
        #expect(firstBreak(entries) == AuditChainBreak(entry: entries[index].id, sequence: entries[index].sequence, reason: .unconfirmedPseudonym))
    }

    @Test func aDeletedEntryBreaksTheChainAtTheNextOne() async throws {
        var (_, entries) = try await sealedTrail()
        let removed = entries.remove(at: 3)
        #expect(firstBreak(entries) == AuditChainBreak(entry: entries[3].id, sequence: removed.sequence + 1, reason: .sequenceGap))
    }

    @Test func aDeletedAndRenumberedEntryBreaksTheLink() async throws {
        var (_, entries) = try await sealedTrail()
        entries.remove(at: 3)
        for index in 3..<entries.count { entries[index].sequence -= 1 }
        #expect(firstBreak(entries)?.reason == .linkMismatch)
        #expect(firstBreak(entries)?.entry == entries[3].id)
    }

    @Test func reorderedEntriesBreakTheChain() async throws {
        var (_, entries) = try await sealedTrail()
        entries.swapAt(5, 6)
        #expect(firstBreak(entries)?.entry == entries[5].id)
    }

    @Test func onlyAuditorsMayVerifyTheChain() async throws {
        let (world, _) = try await sealedTrail()
        await #expect(throws: BuurtkrachtError.self) {
            try await world.services.verifyAuditChain(context: world.coordinator)
        }
    }
}
