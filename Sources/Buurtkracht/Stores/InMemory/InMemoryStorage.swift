/// Storage in memory, for tests, samples and small tools: every unit of work runs on one
/// actor, so transactions are serialised; a throwing write is rolled back completely.
///
/// ```swift
/// let services = Services(storage: InMemoryStorage())
/// ```
///
/// Nothing survives the process. Use `SQLiteStorage` from `BuurtkrachtSQLite` to keep data.
public actor InMemoryStorage: Storage {
    private let database = InMemoryDatabase()

    /// Creates an empty store.
    public init() {}

    /// Runs `work` in a read-only transaction.
    public func read<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
        try work(InMemoryTransaction(database: database, isReadOnly: true))
    }

    /// Runs `work` in a transaction that commits when it returns and rolls back when it throws.
    public func write<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
        let transaction = InMemoryTransaction(database: database, isReadOnly: false)
        do {
            let result = try work(transaction)
            database.commit()
            return result
        } catch {
            database.rollback()
            throw error
        }
    }
}
