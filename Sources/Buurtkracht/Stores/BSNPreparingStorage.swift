/// A ``Storage`` that can do the pure computation behind storing BSNs ahead of the write: the
/// keyed look-up token and the sealed value that a store keeps instead of the digits (see
/// ``BSNProtection``).
///
/// A batch importer validates the next batch while the store writes the current one, on
/// another thread; preparing the next batch's BSNs there leaves the writer only the database
/// work. What is prepared is used by the following units of work that look those BSNs up or
/// store them, and dropped after two further calls; a unit that finds nothing prepared computes
/// the values itself, so preparing is never needed for a correct result.
///
/// ```swift
/// if let preparing = storage as? any BSNPreparingStorage {
///     preparing.prepareBSNs(nextBatch.compactMap(\.bsn))   // on the reading thread
/// }
/// try await storage.write { tx in try tx.clients.insert(contentsOf: currentBatch) }
/// ```
///
/// A store that keeps no BSNs, or computes nothing for them, need not conform.
public protocol BSNPreparingStorage: Storage {
    /// Computes, on the calling thread, what the next units of work need to look `bsns` up and
    /// to store them; keeps what the previous call prepared and drops anything older.
    func prepareBSNs(_ bsns: [BSN])

    /// Drops everything prepared and not used, so that no BSN stays in memory after the work.
    func discardPreparedBSNs()
}
