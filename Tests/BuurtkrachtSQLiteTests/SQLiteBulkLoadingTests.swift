import Buurtkracht
import Foundation
import GRDB
import Testing

@testable import BuurtkrachtSQLite

/// Bulk loading relaxes the writer's durability for the batch importer and always restores it.
@Suite("SQLite bulk loading")
struct SQLiteBulkLoadingTests {
    struct Failure: Error {}

    /// The writer connection's `synchronous` (1 NORMAL) and `wal_autocheckpoint`.
    private func settings(_ storage: SQLiteStorage) async throws -> [Int] {
        try await storage.writer.write { db in
            [try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1, try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? -1]
        }
    }

    @Test("writes inside return without a flush and use a larger WAL; flushes and 1 000 pages are back after")
    func relaxedInsideRestoredAfter() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        let walSync = try #require(storage.groupCommit.walSync)
        #expect(try await settings(storage) == [1, 1_000])
        let flushedBefore = walSync.flushCount
        let inside = try await storage.bulkLoading {
            try await storage.write { tx in try tx.directory.insert(Professional(id: "professional-1", name: "Jet", partner: "partner-1", role: .coordinator)) }
            #expect(walSync.flushCount == flushedBefore, "inside, a write does not wait for a flush")
            #expect(walSync.deferring)
            return try await settings(storage)
        }
        #expect(inside == [1, 16_384])
        #expect(try await settings(storage) == [1, 1_000])
        #expect(!walSync.deferring)
        try await storage.write { tx in try tx.directory.insert(Professional(id: "professional-2", name: "Kees", partner: "partner-1", role: .coordinator)) }
        #expect(walSync.flushCount == flushedBefore + 1, "the first write after flushes, and with it the ones inside")
        let found = try await storage.read { tx in try tx.directory.professional("professional-1") }
        #expect(found?.name == "Jet")
    }

    @Test("a body that throws still restores flushed writes, and its error comes through")
    func restoredAfterFailure() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        await #expect(throws: Failure.self) {
            try await storage.bulkLoading { throw Failure() }
        }
        #expect(try await settings(storage) == [1, 1_000])
        #expect(storage.groupCommit.walSync?.deferring == false)
    }
}
