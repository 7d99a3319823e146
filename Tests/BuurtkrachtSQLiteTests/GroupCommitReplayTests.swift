import Buurtkracht
@testable import BuurtkrachtSQLite
import Foundation
import Synchronization
import Testing

/// A batch of replayable writes (`writeAllowingReplay`) runs without a savepoint per unit; a
/// unit that fails after a change makes the batch run again, each unit in a savepoint. Every
/// caller still gets what a transaction of its own would give.
///
/// Each test counts how often each unit's closure ran, which tells the two paths apart.
@Suite("SQLite group commit: replayable batches")
struct GroupCommitReplayTests {
    struct Refusal: Error, Equatable {
        let index: Int
    }

    /// How often each unit ran.
    final class Runs: Sendable {
        private let counts: Mutex<[Int: Int]> = Mutex([:])
        func record(_ index: Int) { counts.withLock { $0[index, default: 0] += 1 } }
        func count(_ index: Int) -> Int { counts.withLock { $0[index] ?? 0 } }
    }

    @Test("replayable units commit together, each run once; one that fails before changing anything fails alone")
    func failureWithoutChangesNeedsNoReplay() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let runs = Runs()
        let outcomes = try await storage.writesBehindBlocker(units: 50, replayable: { _ in true }) { index, tx in
            runs.record(index)
            if index == 20 { throw Refusal(index: index) }
            try tx.directory.insert(Partner(id: GroupCommitTests.partnerID(index), name: "Partner \(index)", kind: .other))
        }
        #expect(throws: Refusal(index: 20)) { try outcomes[20].get() }
        for index in 0..<50 where index != 20 {
            #expect(throws: Never.self) { try outcomes[index].get() }
        }
        #expect((0..<50).allSatisfy { runs.count($0) == 1 }, "no unit ran twice")
        let expected = Set((0..<50).filter { $0 != 20 }.map(GroupCommitTests.partnerID)).union(["blocker"])
        #expect(try await GroupCommitTests.partnerIDs(in: storage) == expected)
        #expect(storage.groupCommit.committedBatches == 2, "the blocker, then all the others together")
    }

    @Test("a replayable unit that fails after a change: the batch runs again in savepoints, and only that unit's changes are lost")
    func failureAfterAChangeReplaysTheBatch() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let runs = Runs()
        let outcomes = try await storage.writesBehindBlocker(units: 50, replayable: { _ in true }) { index, tx in
            runs.record(index)
            try tx.directory.insert(Partner(id: GroupCommitTests.partnerID(index), name: "Partner \(index)", kind: .other))
            if index == 20 { throw Refusal(index: index) }
        }
        #expect(throws: Refusal(index: 20)) { try outcomes[20].get() }
        for index in 0..<50 where index != 20 {
            #expect(throws: Never.self) { try outcomes[index].get() }
        }
        // Units up to the failing one ran in the first pass and again; the rest only in the second.
        #expect((0...20).allSatisfy { runs.count($0) == 2 })
        #expect((21..<50).allSatisfy { runs.count($0) == 1 })
        let expected = Set((0..<50).filter { $0 != 20 }.map(GroupCommitTests.partnerID)).union(["blocker"])
        #expect(try await GroupCommitTests.partnerIDs(in: storage) == expected)
        #expect(storage.groupCommit.committedBatches == 2, "the replay commits once")
    }

    @Test("a batch with a unit that may not run twice keeps its savepoints: no unit runs twice")
    func oneUnitThatMayNotReplayKeepsSavepoints() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let runs = Runs()
        let outcomes = try await storage.writesBehindBlocker(units: 30, replayable: { $0 != 5 }) { index, tx in
            runs.record(index)
            try tx.directory.insert(Partner(id: GroupCommitTests.partnerID(index), name: "Partner \(index)", kind: .other))
            if index == 10 { throw Refusal(index: index) }
        }
        #expect(throws: Refusal(index: 10)) { try outcomes[10].get() }
        #expect((0..<30).allSatisfy { runs.count($0) == 1 })
        let expected = Set((0..<30).filter { $0 != 10 }.map(GroupCommitTests.partnerID)).union(["blocker"])
        #expect(try await GroupCommitTests.partnerIDs(in: storage) == expected)
    }

    @Test("a replayed batch chains its audit entries as if each unit had run once")
    func replayedAuditEntriesChain() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let units = 12
        let failing = 7
        let outcomes = try await storage.writesBehindBlocker(
            units: units, replayable: { _ in true }, blocker: { tx in try AuditTailTests.appendNext(tx) }
        ) { index, tx in
            try AuditTailTests.appendNext(tx)
            if index == failing { throw Refusal(index: index) }
        }
        #expect(outcomes.filter { (try? $0.get()) != nil }.count == units - 1)
        let entries = try await storage.read { tx in try tx.audit.entries(matching: AuditQuery()) }
        #expect(entries.map(\.sequence) == Array(1...Int64(units)), "the blocker's entry, then one per unit that succeeded")
        for (earlier, later) in zip(entries, entries.dropFirst()) {
            #expect(later.previousDigest == earlier.digest, "entry \(later.sequence) chains to \(earlier.sequence)")
        }
    }
}
