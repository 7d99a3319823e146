public import Buurtkracht
import GRDB

extension SQLiteStorage: BulkLoadingStorage {
    /// Runs `body` with writes that return without waiting for ``WALSync``'s flush and a larger
    /// WAL before automatic checkpoints, then restores both (SQLite's default is 1 000 pages).
    ///
    /// The writer commits with `synchronous = NORMAL` in any case, which in WAL mode writes the
    /// WAL without `fsync`: a killed process loses nothing, a power cut may lose the last commits
    /// whole (the WAL's checksums keep the file consistent). The first write after the call
    /// waits for a flush again, and that flush covers every commit before it. With checkpoints
    /// every 16 384 pages (64 MiB of WAL) instead of every 1 000, a batch import no longer
    /// copies, and syncs, the pages of its indexes back into the database after every batch.
    public func bulkLoading<T>(_ body: () async throws -> T) async throws -> T {
        try await setPragmas("PRAGMA wal_autocheckpoint = 16384")
        groupCommit.walSync?.setDeferring(true)
        defer { groupCommit.walSync?.setDeferring(false) }
        let result: T
        do {
            result = try await body()
        } catch {
            try await setPragmas(Self.usualPragmas)
            throw error
        }
        try await setPragmas(Self.usualPragmas)
        return result
    }

    private static let usualPragmas = "PRAGMA wal_autocheckpoint = 1000"

    /// Runs `pragmas` on the writer connection, between units of work.
    private func setPragmas(_ pragmas: String) async throws {
        do {
            try await writer.writeWithoutTransaction { db in try db.execute(sql: pragmas) }
        } catch let error as DatabaseError {
            throw SQLiteErrorMapping.error(from: error, table: nil)
        }
    }
}
