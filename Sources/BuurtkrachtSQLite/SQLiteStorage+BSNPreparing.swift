public import Buurtkracht

extension SQLiteStorage: BSNPreparingStorage {
    /// Computes the look-up tokens and sealed values of `bsns` on the calling thread, for the
    /// next units of work to store (see ``PreparedBSNProtection``); nothing without a key.
    public func prepareBSNs(_ bsns: [BSN]) {
        (bsnProtection as? PreparedBSNProtection)?.prepare(bsns)
    }

    /// Drops the prepared values that were not used.
    public func discardPreparedBSNs() {
        (bsnProtection as? PreparedBSNProtection)?.discard()
    }
}
