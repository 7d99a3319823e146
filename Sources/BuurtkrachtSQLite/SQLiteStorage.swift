public import Buurtkracht
import Foundation
import GRDB

/// Storage in a SQLite database file: durable, transactional, safe to share between the
/// tasks of one process; the embedded default store.
///
/// Switching from ``Buurtkracht/InMemoryStorage`` is one line:
///
/// ```swift
/// let protection = try KeyedBSNProtection(keyFile: "/etc/buurtkracht/bsn.key")
/// let storage = try SQLiteStorage(path: "/var/lib/buurtkracht/buurtkracht.sqlite", bsnProtection: protection)
/// let services = Services(storage: storage)
/// ```
///
/// BSNs are stored only as the protection's keyed look-up token and its sealed value; the key
/// itself never touches the database. The first opening with a key records the key's check
/// value, so that a later opening with another key fails with `keyMismatch` and one without a
/// key fails with `keyMissing`. A store opened without a protection holds clients without BSNs
/// only: storing, reading or looking up a BSN throws `keyMissing`.
///
/// The database runs in WAL mode through a GRDB `DatabasePool`: any number of reads run side
/// by side and never wait for the one writer, and each read sees one consistent snapshot.
/// Every `write` commits all of its changes when the closure returns and rolls back all of
/// them when it throws; concurrent writes share one transaction, each in its own savepoint.
/// When `write` returns, the change survives a crash of the process and a power cut: the writer
/// commits without waiting for the disk (`synchronous = NORMAL`) and goes on with the next
/// writes, while ``WALSync`` flushes the log and only then lets the callers' writes return.
/// A read may see a committed change a few milliseconds before its flush ends; a power cut in
/// that moment takes the change back, and its writer was never told it succeeded.
///
/// Opening creates the file and its schema, or upgrades an older schema. It fails with a
/// ``Buurtkracht/BuurtkrachtError`` that says what to do: `storageUnavailable` for a missing
/// folder, `storageReadOnly` for a place that cannot be written, `storageCorrupt` for a file
/// that is not a Buurtkracht database, `schemaTooNew` for a database made by a newer version,
/// and `storageLocked` when another process holds the lock past the busy timeout.
public final class SQLiteStorage: Storage {
    /// The connection pool (a file) or queue (in memory).
    let writer: any DatabaseWriter
    /// Protects the BSNs the store keeps, with what was prepared ahead (see
    /// ``PreparedBSNProtection``); nil when it was opened without a key.
    let bsnProtection: (any BSNProtection)?

    /// Opens or creates the database at `path`.
    ///
    /// ```swift
    /// let storage = try SQLiteStorage(path: "buurtkracht.sqlite", bsnProtection: protection, busyTimeout: .seconds(10))
    /// ```
    ///
    /// - Parameters:
    ///   - path: The database file. Its folder must exist; SQLite keeps `-wal` and `-shm` files
    ///     beside it, so the folder must be writable too.
    ///   - bsnProtection: The integrator's BSN key (see ``Buurtkracht/BSNProtection``); required
    ///     once the database holds BSNs, and always the same key for one database.
    ///   - busyTimeout: How long a write waits for a lock held by another process (a backup,
    ///     a second server) before it fails with ``Buurtkracht/BuurtkrachtError/Code/storageLocked``.
    /// - Throws: ``Buurtkracht/BuurtkrachtError`` with a storage code, or `keyMissing` /
    ///   `keyMismatch` when the key is absent or not the database's own.
    public init(path: String, bsnProtection: (any BSNProtection)? = nil, busyTimeout: Duration = .seconds(5)) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileAccess.missingFolder(folder, path: path)
        }
        do {
            let pool = try DatabasePool(path: path, configuration: Self.configuration(busyTimeout: busyTimeout))
            // The pool's WAL set-up chooses synchronous = NORMAL, which the writer keeps: its
            // commits are made durable by `walSync` before any `write` returns.
            try Migrations.apply(to: pool)
            try BSNKeyCheck.verify(bsnProtection, in: pool)
            let walSync = WALSync(databasePath: path)
            try walSync.flushNow()
            writer = pool
            groupCommit = GroupCommit(walSync: walSync)
            self.bsnProtection = bsnProtection.map(PreparedBSNProtection.init)
        } catch let error as DatabaseError {
            throw SQLiteErrorMapping.openingError(from: error, path: path)
        }
    }

    /// A store in memory with the same schema and behaviour, for tests and samples; nothing
    /// survives the process.
    ///
    /// ```swift
    /// let storage = try SQLiteStorage.inMemory(bsnProtection: protection)
    /// ```
    ///
    /// Reads and writes take turns on one connection instead of running side by side. Without a
    /// protection the store holds clients without BSNs only, as a file store would.
    public static func inMemory(bsnProtection: (any BSNProtection)? = nil) throws -> SQLiteStorage {
        do {
            let queue = try DatabaseQueue(configuration: configuration(busyTimeout: .zero))
            try Migrations.apply(to: queue)
            try BSNKeyCheck.verify(bsnProtection, in: queue)
            return SQLiteStorage(writer: queue, bsnProtection: bsnProtection)
        } catch let error as DatabaseError {
            throw SQLiteErrorMapping.error(from: error, table: nil)
        }
    }

    private init(writer: any DatabaseWriter, bsnProtection: (any BSNProtection)?) {
        self.writer = writer
        self.bsnProtection = bsnProtection.map(PreparedBSNProtection.init)
        groupCommit = GroupCommit(walSync: nil)
    }

    /// Runs `work` in a read-only transaction on a snapshot of the database.
    ///
    /// Writes inside it throw ``Buurtkracht/BuurtkrachtError/Code/readOnlyTransaction``.
    ///
    /// The read runs on the calling thread. On a file, in WAL mode, a reader never waits for
    /// the writer (only, briefly, for a free connection when five reads already run), so it
    /// does little more than the work it was given; handing it to a dispatch queue and back
    /// cost more than a look-up by key (see Documentation/Performance.md). The in-memory store
    /// has one connection, so there a read waits for a write in progress. A task cancelled
    /// before the read starts gets a `CancellationError`.
    public func read<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
        try Task.checkCancellation()
        return try readHere(work)
    }

    /// The synchronous read behind ``read(_:)``, in a function that is not `async` so that
    /// GRDB's blocking overload is the one chosen.
    private func readHere<T>(_ work: (any StorageTransaction) throws -> T) throws -> T {
        do {
            return try writer.read { db in
                try work(SQLiteTransaction(db, isReadOnly: true, bsnProtection: bsnProtection))
            }
        } catch let error as DatabaseError {
            // SQLite's errors from beginning or ending the transaction; the closure's own pass unchanged.
            throw SQLiteErrorMapping.error(from: error, table: nil)
        }
    }

    /// Runs `work` in a transaction that commits when it returns and rolls back when it throws.
    ///
    /// Writes that arrive while another one runs are committed together (see ``GroupCommit``):
    /// each still commits all or nothing, sees the writes before it, and returns only once
    /// durable, but many share one `fsync`.
    public func write<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
        try await write(replayable: false, work)
    }

    /// Runs `work` as ``write(_:)`` does, but in a batch of such writes without a savepoint of
    /// its own; should a write of the batch fail after changing something, the batch is rolled
    /// back and run again, each write in a savepoint (see ``GroupCommit``). So `work` may run
    /// more than once, and must change nothing outside its transaction.
    public func writeAllowingReplay<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
        try await write(replayable: true, work)
    }

    private func write<T: Sendable>(replayable: Bool, _ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
        try await groupCommit.write(on: writer, replayable: replayable) { [bsnProtection, groupCommit, auditTail] db in
            try work(
                SQLiteTransaction(
                    db, isReadOnly: false, bsnProtection: bsnProtection, auditTail: (auditTail, groupCommit.generation)))
        }
    }

    /// The audit log's last entry, kept between the units of one transaction.
    let auditTail = AuditTail()

    /// Batches concurrent writes into shared transactions.
    let groupCommit: GroupCommit

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
            if db.configuration.readonly {
                // Readers map the file (its first 2 GiB, SQLite's default ceiling) instead of
                // copying each page they visit out of the operating system's cache: a look-up by
                // key touches a few pages spread over a large file, and the copies were about a
                // quarter of its time. Only readers: mapped pages count as the process's memory,
                // and the writer of a long import visits most of the file.
                try db.execute(sql: "PRAGMA mmap_size = 2147418112")
            }
            // Deleted content is overwritten with zeros, so that an erased resident's data does not
            // linger in free pages of the file.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // Savepoint and statement journals in memory: group commit runs every unit in a
            // savepoint, and a file-backed journal would write each page it touches once more.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        return configuration
    }
}
