import Buurtkracht
import Foundation
import GRDB
import Synchronization
import Testing

@testable import BuurtkrachtSQLite

/// Commits are flushed beside the writer: a write returns only after its flush, the writer runs
/// the next batch meanwhile, and a failed flush reaches exactly the callers it concerns.
@Suite("SQLite WAL sync")
struct WALSyncTests {
    struct DiskGone: Error {}

    /// A flush that waits until the test opens its gate, and counts how often it was entered.
    final class GatedFlush: Sendable {
        let entered = Atomic<Int>(0)
        private let gate = DispatchSemaphore(value: 0)

        func flush() {
            entered.add(1, ordering: .sequentiallyConsistent)
            gate.wait()
        }

        func open(times: Int = 1) {
            for _ in 0..<times { gate.signal() }
        }
    }

    /// A database with one table, written through a group commit that flushes with `walSync`.
    private func database(_ folder: TemporaryFolder, _ walSync: WALSync) throws -> (DatabasePool, GroupCommit) {
        let pool = try DatabasePool(path: folder.file())
        try pool.write { db in try db.execute(sql: "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)") }
        return (pool, GroupCommit(walSync: walSync))
    }

    private func waitUntil(_ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(20)
        while !condition() {
            guard ContinuousClock.now < deadline else { Issue.record("timed out"); return }
            try await Task.sleep(for: .milliseconds(1))
        }
    }

    @Test("a write returns only once its commit is flushed, and the writer runs the next write meanwhile")
    func writeWaitsForItsFlushNotTheWriter() async throws {
        let folder = try TemporaryFolder()
        let gated = GatedFlush()
        let (pool, batcher) = try database(folder, WALSync { gated.flush() })
        let firstReturned = Atomic<Bool>(false)
        let first = Task {
            try await batcher.write(on: pool) { db in try db.execute(sql: "INSERT INTO note (text) VALUES ('first')") }
            firstReturned.store(true, ordering: .sequentiallyConsistent)
        }
        try await waitUntil { gated.entered.load(ordering: .sequentiallyConsistent) == 1 }
        // The first commit is in the WAL and its flush is held: the writer is free all the same.
        let secondRan = Atomic<Bool>(false)
        let second = Task {
            try await batcher.write(on: pool) { db in
                try db.execute(sql: "INSERT INTO note (text) VALUES ('second')")
                secondRan.store(true, ordering: .sequentiallyConsistent)
            }
        }
        try await waitUntil { secondRan.load(ordering: .sequentiallyConsistent) }
        try await Task.sleep(for: .milliseconds(20))
        let returnedEarly = firstReturned.load(ordering: .sequentiallyConsistent)
        #expect(!returnedEarly, "no answer before the flush")
        let committed = try await pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM note") }
        #expect(committed == 2, "both commits are in the WAL already")
        gated.open(times: 2)
        try await first.value
        try await second.value
        #expect(gated.entered.load(ordering: .sequentiallyConsistent) == 2, "the second commit came after the first flush began: it needs one of its own")
    }

    @Test("a failed flush fails the writes of its batch with storageUnavailable, and the next write is flushed again")
    func failedFlushReachesItsCallers() async throws {
        let folder = try TemporaryFolder()
        let failures = Atomic<Int>(1)
        let (pool, batcher) = try database(folder, WALSync {
            if failures.subtract(1, ordering: .sequentiallyConsistent).newValue >= 0 {
                throw BuurtkrachtError(code: .storageUnavailable, message: "flush failed")
            }
        })
        let error = await #expect(throws: BuurtkrachtError.self) {
            try await batcher.write(on: pool) { db in try db.execute(sql: "INSERT INTO note (text) VALUES ('lost?')") }
        }
        #expect(error?.code == .storageUnavailable)
        try await batcher.write(on: pool) { db in try db.execute(sql: "INSERT INTO note (text) VALUES ('kept')") }
        #expect(batcher.walSync?.flushCount == 1)
    }

    @Test("a unit that fails on its own keeps its error when its batch is flushed")
    func failedUnitKeepsItsOwnError() async throws {
        let folder = try TemporaryFolder()
        let (pool, batcher) = try database(folder, WALSync {})
        await #expect(throws: DiskGone.self) {
            try await batcher.write(on: pool) { _ in throw DiskGone() }
        }
    }

    @Test("the real flush syncs the database's -wal file, and says which file when it cannot")
    func realFlush() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file()
        let storage = try SQLiteStorage(path: path)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        try #require(storage.groupCommit.walSync).flushNow()

        let missing = path + ".gone"
        let error = #expect(throws: BuurtkrachtError.self) { try WALSync(databasePath: missing).flushNow() }
        #expect(error?.code == .storageUnavailable)
        #expect(error?.context["path"] == missing + "-wal")
        #expect(error?.message.contains("could not be flushed") == true)
    }
}
