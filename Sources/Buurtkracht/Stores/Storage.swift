/// The storage behind the services: a place that runs units of work, read-only or
/// read-write, each one atomic.
///
/// A unit of work is a synchronous closure that receives a ``StorageTransaction`` — a view
/// of every aggregate store bound to one transaction. A `write` commits everything the closure
/// changed, or nothing if it throws: a service operation that touches several aggregates
/// (a signal, a plan and the audit trail) commits all or nothing.
///
/// ```swift
/// let storage: any Storage = InMemoryStorage()   // or SQLiteStorage(path: "buurtkracht.sqlite")
/// try await storage.write { tx in
///     try tx.clients.insert(client)
///     try tx.plans.insert(plan)
/// }
/// let plans = try await storage.read { tx in
///     try tx.plans.plans(matching: PlanQuery(client: client.id))
/// }
/// ```
///
/// The closure is synchronous on purpose: a transaction never waits on the network or on
/// another task while it holds the database, and adapters such as SQLite run it on their
/// own connection. Work that must await does so before or after the unit of work.
///
/// Implementations: ``InMemoryStorage`` here; `SQLiteStorage` in `BuurtkrachtSQLite`. The
/// `BuurtkrachtTesting` library's conformance suite checks any implementation.
public protocol Storage: Sendable {
    /// Runs `work` in a read-only transaction and returns its result.
    ///
    /// Writes inside it throw ``BuurtkrachtError/Code/readOnlyTransaction``.
    func read<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T

    /// Runs `work` in a read-write transaction that commits when it returns and rolls back
    /// when it throws; the error is rethrown.
    func write<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T

    /// Runs `work` as ``write(_:)`` does, and lets the storage run it more than once.
    ///
    /// Only the run whose changes commit returns its result; earlier runs are rolled back and
    /// their results dropped. So `work` must have no effect outside the transaction it is
    /// given: no file written, no message sent, no state kept that a second run would find
    /// changed. Every built-in service's unit of work is of that kind.
    ///
    /// What a storage gains from it: SQLite's group commit (see `GroupCommit` in
    /// `BuurtkrachtSQLite`) runs a batch of such writes without a savepoint each. Should one of
    /// them fail after it changed something, the batch is rolled back and run again, each write
    /// in a savepoint of its own. The default implementation calls ``write(_:)``.
    func writeAllowingReplay<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T
}

extension Storage {
    /// Calls ``write(_:)``: runs `work` once.
    public func writeAllowingReplay<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
        try await write(work)
    }
}
