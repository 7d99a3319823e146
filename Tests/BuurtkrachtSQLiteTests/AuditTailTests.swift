import Buurtkracht
import Foundation
import Testing

@testable import BuurtkrachtSQLite

/// The writer keeps the audit log's last entry between the units of a group-commit transaction;
/// what each unit chains to must still be the log's real last entry.
@Suite("SQLite audit tail")
struct AuditTailTests {
    struct Refusal: Error {}

    private static let context = AccessContext(professional: "professional-1", partner: "partner-1", role: .coordinator, purpose: .guidance)

    /// Appends an entry chained to the last one, as the services do, and returns its sequence.
    /// (The replay tests of the group commit use it too.)
    @discardableResult
    static func appendNext(_ tx: any StorageTransaction, subject: String = "client-1") throws -> Int64 {
        let last = try tx.audit.lastEntry()
        let sequence = (last?.sequence ?? 0) + 1
        try tx.audit.append(
            AuditEntry(
                id: AuditEntry.ID(UUID().uuidString), sequence: sequence, at: Date(timeIntervalSince1970: 1_795_600_000),
                context: context, action: .read, record: RecordReference(kind: .client, id: subject), subject: Client.ID(subject),
                outcome: .allowed, basis: .consent, previousDigest: last?.digest, digest: "digest-\(sequence)"))
        return sequence
    }

    private static func sequences(_ storage: SQLiteStorage) async throws -> [Int64] {
        try await storage.read { tx in try tx.audit.entries(matching: AuditQuery()).map(\.sequence) }
    }

    @Test("units of one transaction chain one after another, and a rolled-back unit's entry is not chained to")
    func rolledBackUnitIsForgotten() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let units = 6
        let failing = 2
        let batcher = storage.groupCommit
        let batchesBefore = batcher.committedBatches
        // A first write holds the writer until every unit waits, so that they form one batch.
        let outcomes = try await storage.writesBehindBlocker(units: units, blocker: { tx in _ = try Self.appendNext(tx) }) { index, tx in
            try Self.appendNext(tx)
            if index == failing { throw Refusal() }
        }.map { (try? $0.get()) != nil }
        #expect(outcomes.filter { $0 }.count == units - 1)
        #expect(batcher.committedBatches - batchesBefore <= 2, "the blocker, then the units together")
        // Without forgetting the failed unit's entry, the next unit would take the sequence after it.
        #expect(try await Self.sequences(storage) == Array(1...Int64(units)))
        let entries = try await storage.read { tx in try tx.audit.entries(matching: AuditQuery()) }
        for (earlier, later) in zip(entries, entries.dropFirst()) {
            #expect(later.previousDigest == earlier.digest, "entry \(later.sequence) chains to \(earlier.sequence)")
        }
    }

    @Test("an entry appended by another connection between two transactions is chained to")
    func anotherWriterIsSeen() async throws {
        let folder = try TemporaryFolder()
        let mine = try SQLiteStorage(path: folder.file())
        let theirs = try SQLiteStorage(path: folder.file())
        _ = try await mine.write { tx in try Self.appendNext(tx) }
        _ = try await theirs.write { tx in try Self.appendNext(tx) }
        let next = try await mine.write { tx in try Self.appendNext(tx) }
        #expect(next == 3)
        #expect(try await Self.sequences(mine) == [1, 2, 3])
    }

    @Test("after pseudonymisation the last entry is read again, with the pseudonym")
    func pseudonymisationRefreshesTheTail() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let last = try await storage.write { tx in
            try Self.appendNext(tx, subject: "client-9")
            _ = try tx.audit.lastEntry()
            _ = try tx.audit.pseudonymise(subject: "client-9", as: "pseudonym-1")
            return try tx.audit.lastEntry()
        }
        #expect(last?.subject == "pseudonym-1")
    }
}
