public import Buurtkracht
import Foundation
import GRDB

/// Storage in a SQLite database file: durable, transactional, safe to share between the
/// tasks of one process; the embedded default store.
///
/// Switching from ``Buurtkracht/InMemoryStorage`` is one line:
///
/// ```swift
/// let storage = try SQLiteStorage(path: "/var/lib/buurtkracht/buurtkracht.sqlite")
/// let services = Services(storage: storage)
/// ```
///
/// The database runs in WAL mode through a GRDB `DatabasePool`: any number of reads run side
/// by side and never wait for the one writer, and each read sees one consistent snapshot.
/// Every `write` commits all of its changes when the closure returns and rolls back all of
/// them when it throws; concurrent writes share one transaction, each in its own savepoint. Commits use `synchronous = FULL`: when `write` returns, the
/// change survives a crash of the process and a power cut.
///
/// Opening creates the file and its schema, or upgrades an older schema. It fails with a
/// ``Buurtkracht/BuurtkrachtError`` that says what to do: `storageUnavailable` for a missing
/// folder, `storageReadOnly` for a place that cannot be written, `storageCorrupt` for a file
/// that is not a Buurtkracht database, `schemaTooNew` for a database made by a newer version,
/// and `storageLocked` when another process holds the lock past the busy timeout.
public final class SQLiteStorage: Storage {
    /// The connection pool (a file) or queue (in memory).
    let writer: any DatabaseWriter

    /// Opens or creates the database at `path`.
    ///
    /// ```swift
    /// let storage = try SQLiteStorage(path: "buurtkracht.sqlite", busyTimeout: .seconds(10))
    /// ```
    ///
    /// - Parameters:
    ///   - path: The database file. Its folder must exist; SQLite keeps `-wal` and `-shm` files
    ///     beside it, so the folder must be writable too.
    ///   - busyTimeout: How long a write waits for a lock held by another process (a backup,
    ///     a second server) before it fails with ``Buurtkracht/BuurtkrachtError/Code/storageLocked``.
    /// - Throws: ``Buurtkracht/BuurtkrachtError`` with a storage code.
    public init(path: String, busyTimeout: Duration = .seconds(5)) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileAccess.missingFolder(folder, path: path)
        }
        do {
            let pool = try DatabasePool(path: path, configuration: Self.configuration(busyTimeout: busyTimeout))
            // After the pool's own WAL set-up, which chooses NORMAL: a write must be durable
            // when `write` returns, so that a server answers only after its change is safe.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try Migrations.apply(to: pool)
            writer = pool
        } catch let error as DatabaseError {
            throw SQLiteErrorMapping.openingError(from: error, path: path)
        }
    }

    /// A store in memory with the same schema and behaviour, for tests and samples; nothing
    /// survives the process.
    ///
    /// ```swift
    /// let storage = try SQLiteStorage.inMemory()
    /// ```
    ///
    /// Reads and writes take turns on one connection instead of running side by side.
    public static func inMemory() throws -> SQLiteStorage {
        do {
            let queue = try DatabaseQueue(configuration: configuration(busyTimeout: .zero))
            try Migrations.apply(to: queue)
            return SQLiteStorage(writer: queue)
        } catch let error as DatabaseError {
            throw SQLiteErrorMapping.error(from: error, table: nil)
        }
    }

    private init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    /// Runs `work` in a read-only transaction on a snapshot of the database.
    ///
    /// Writes inside it throw ``Buurtkracht/BuurtkrachtError/Code/readOnlyTransaction``.
    public func read<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
        try await mappingErrors {
            try await writer.read { db in try work(SQLiteTransaction(db, isReadOnly: true)) }
        }
    }

    /// Runs `work` in a transaction that commits when it returns and rolls back when it throws.
    ///
    /// Writes that arrive while another one runs are committed together (see ``GroupCommit``):
    /// each still commits all or nothing, sees the writes before it, and returns only once
    /// durable, but many share one `fsync`.
    public func write<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
        try await groupCommit.write(on: writer, work)
    }

    /// Batches concurrent writes into shared transactions.
    let groupCommit = GroupCommit()

    /// Rethrows SQLite's errors from beginning or committing a transaction as
    /// ``Buurtkracht/BuurtkrachtError``; the closure's own errors pass unchanged.
    private func mappingErrors<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as DatabaseError {
            throw SQLiteErrorMapping.error(from: error, table: nil)
        }
    }

    /// The GRDB configuration every connection shares.
    private static func configuration(busyTimeout: Duration) -> Configuration {
        var configuration = Configuration()
        configuration.label = "Buurtkracht"
        configuration.foreignKeysEnabled = true
        let (seconds, attoseconds) = busyTimeout.components
        configuration.busyMode = .timeout(Double(seconds) + Double(attoseconds) / 1e18)
        configuration.prepareDatabase { db in
            // 32 MiB of page cache per connection (SQLite's default is 2 MiB): index pages of
            // a large signal table stay in memory while signals arrive in many neighbourhoods.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            // Savepoint and statement journals in memory: group commit runs every unit in a
            // savepoint, and a file-backed journal would write each page it touches once more.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        return configuration
    }
}
