import Buurtkracht
@testable import BuurtkrachtSQLite
import Foundation
import GRDB
import Synchronization
import Testing

/// Concurrent writes share transactions (group commit), and each caller still gets what a
/// transaction of its own would give: all or nothing, its own error, its predecessors' changes
/// visible, and a return only after a durable commit.
///
/// Each test holds the first write open until the others have queued behind it, so that they
/// form one batch whatever the machine's load: the batch counts below are exact.
@Suite("SQLite group commit")
struct GroupCommitTests {
    /// A unit's own failure.
    struct Refusal: Error, Equatable {
        let index: Int
    }

    @Test("many concurrent writes with one failing in the middle: exactly the others are stored, in one transaction")
    func concurrentWritesWithOneFailure() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let count = 200
        let failing = 100
        let outcomes = try await storage.writesBehindBlocker(units: count) { index, tx in
            try tx.directory.insert(Partner(id: Self.partnerID(index), name: "Partner \(index)", kind: .other))
            if index == failing { throw Refusal(index: index) }
        }
        for (index, outcome) in outcomes.enumerated() {
            if index == failing {
                #expect(throws: Refusal(index: failing)) { try outcome.get() }
            } else {
                #expect(throws: Never.self) { try outcome.get() }
            }
        }
        let stored = try await Self.partnerIDs(in: storage)
        let expected = Set((0..<count).filter { $0 != failing }.map(Self.partnerID)).union(["blocker"])
        #expect(stored == expected)
        #expect(storage.groupCommit.committedBatches == 2, "the blocker, then all the others together")
        // Durable: a new connection (another process would see the same) finds them.
        let reopened = try SQLiteStorage(path: folder.file())
        #expect(try await Self.partnerIDs(in: reopened) == expected)
    }

    @Test("a unit that fails after several changes leaves none of them, and its SQLite error is its own")
    func failingUnitIsAtomicInsideABatch() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let outcomes = try await storage.writesBehindBlocker(units: 3) { index, tx in
            try tx.directory.insert(Partner(id: Self.partnerID(index), name: "Partner \(index)", kind: .other))
            if index == 1 {
                try tx.directory.insert(Partner(id: "extra", name: "Extra", kind: .other))
                // The same id again: SQLite's UNIQUE violation, mapped to the core's alreadyExists.
                try tx.directory.insert(Partner(id: Self.partnerID(0), name: "Again", kind: .other))
            }
        }
        #expect(throws: Never.self) { try outcomes[0].get() }
        let error = try #require(throws: BuurtkrachtError.self) { try outcomes[1].get() }
        #expect(error.code == .alreadyExists)
        #expect(throws: Never.self) { try outcomes[2].get() }
        #expect(try await Self.partnerIDs(in: storage) == ["blocker", Self.partnerID(0), Self.partnerID(2)])
        #expect(storage.groupCommit.committedBatches == 2)
    }

    @Test("each unit in a batch sees the changes of the units that ran before it")
    func laterUnitsSeeEarlierOnes() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let seen = Mutex<[Int]>([])
        _ = try await storage.writesBehindBlocker(units: 50) { index, tx in
            try tx.directory.insert(Partner(id: Self.partnerID(index), name: "Partner \(index)", kind: .other))
            let visible = try tx.directory.partners().count
            seen.withLock { $0.append(visible) }
        }
        // In run order, the n-th unit sees the blocker's partner, the n - 1 before it and its own.
        #expect(seen.withLock { $0 } == Array(2...51))
        #expect(storage.groupCommit.committedBatches == 2)
    }

    @Test("when the COMMIT fails, every unit of the batch gets its error and nothing is stored")
    func failedCommitFailsTheWholeBatch() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let outcomes = try await storage.writesBehindBlocker(units: 5) { index, tx in
            try tx.directory.insert(Partner(id: Self.partnerID(index), name: "Partner \(index)", kind: .other))
            if index == 2, let sqlite = tx as? SQLiteTransaction {
                // An external id of a client that does not exist, with the foreign key check
                // deferred to the COMMIT: the savepoint is released, the COMMIT then fails.
                try sqlite.db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                try sqlite.db.execute(sql: "INSERT INTO client_external_id (system, value, client_id) VALUES ('s', 'v', 'client-missing')")
            }
        }
        let codes = outcomes.compactMap { outcome -> BuurtkrachtError.Code? in
            guard case .failure(let error as BuurtkrachtError) = outcome else { return nil }
            return error.code
        }
        #expect(codes == Array(repeating: .storageFailure, count: 5))
        #expect(try await Self.partnerIDs(in: storage) == ["blocker"])
        // The connection is usable again: the next write commits.
        try await storage.write { tx in try tx.directory.insert(Partner(id: "after", name: "After", kind: .other)) }
        #expect(try await Self.partnerIDs(in: storage) == ["after", "blocker"])
    }

    @Test("a unit whose failure ends the whole transaction takes down only the units before it; the rest commit next")
    func lostTransactionRequeuesTheRest() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let outcomes = try await storage.writesBehindBlocker(units: 5) { index, tx in
            try tx.directory.insert(Partner(id: Self.partnerID(index), name: "Partner \(index)", kind: .other))
            if index == 2, let sqlite = tx as? SQLiteTransaction {
                // As SQLite does itself on a full disk or an I/O error.
                try sqlite.db.execute(sql: "ROLLBACK")
                throw Refusal(index: index)
            }
        }
        for index in 0...2 {
            #expect(throws: Refusal(index: 2)) { try outcomes[index].get() }
        }
        for index in 3...4 {
            #expect(throws: Never.self) { try outcomes[index].get() }
        }
        #expect(try await Self.partnerIDs(in: storage) == ["blocker", Self.partnerID(3), Self.partnerID(4)])
        #expect(storage.groupCommit.committedBatches == 2, "the blocker, then units 3 and 4 in a new transaction")
    }

    @Test("a lone write commits at once, in a transaction of its own")
    func loneWriteCommitsAlone() async throws {
        let storage = try SQLiteStorage.inMemory()
        try await storage.write { tx in try tx.directory.insert(Partner(id: "one", name: "One", kind: .other)) }
        try await storage.write { tx in try tx.directory.insert(Partner(id: "two", name: "Two", kind: .other)) }
        #expect(storage.groupCommit.committedBatches == 2)
        #expect(try await Self.partnerIDs(in: storage) == ["one", "two"])
    }

    @Test("a lone write that throws, run without a savepoint, leaves none of its changes")
    func loneFailingWriteRollsBack() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        await #expect(throws: Refusal(index: 1)) {
            try await storage.write { tx in
                try tx.directory.insert(Partner(id: "lost", name: "Lost", kind: .other))
                throw Refusal(index: 1)
            }
        }
        try await storage.write { tx in try tx.directory.insert(Partner(id: "kept", name: "Kept", kind: .other)) }
        #expect(try await Self.partnerIDs(in: storage) == ["kept"])
        #expect(storage.groupCommit.committedBatches == 1)
    }

    // MARK: - Support

    static func partnerID(_ index: Int) -> Partner.ID {
        Partner.ID("partner-\(index)")
    }

    static func partnerIDs(in storage: SQLiteStorage) async throws -> Set<Partner.ID> {
        Set(try await storage.read { tx in try tx.directory.partners().map(\.id) })
    }
}
