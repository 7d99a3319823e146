/// A ``Storage`` that takes a long run of batch writes faster when each batch need not reach
/// the disk on its own, because the work records its own progress in the same transactions —
/// the batch importer's checkpoints.
///
/// Inside ``bulkLoading(_:)`` a `write` may return once its transaction is committed in the
/// store's log but before the log is flushed to the disk: the commit survives the process being
/// killed, but a power cut or an operating-system crash may take back the last few batches —
/// whole transactions, never a part of one, so a checkpoint and the rows it covers go together.
/// When `bulkLoading` returns or throws, the usual durability is back, and the next `write`
/// that commits makes every earlier one durable as well.
///
/// ```swift
/// if let bulk = storage as? any BulkLoadingStorage {
///     try await bulk.bulkLoading { try await importBatches() }
/// }
/// try await storage.write { tx in try markFinished(tx) }   // durable, and everything before it
/// ```
///
/// The setting is the store's: other writes of the same process during the call commit the
/// same way. A store without a cheaper mode need not conform.
public protocol BulkLoadingStorage: Storage {
    /// Runs `body` with commits that wait for the log to be written but not flushed to the
    /// disk, and restores the usual durability when it returns or throws.
    func bulkLoading<T>(_ body: () async throws -> T) async throws -> T
}
