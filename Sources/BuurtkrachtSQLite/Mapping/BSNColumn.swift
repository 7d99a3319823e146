import Buurtkracht

/// The one place where a client's BSN meets the database: the `client.bsn_token` look-up
/// column and the `client.bsn_sealed` value.
///
/// The digits are never stored. `bsn_token` holds the store's ``Buurtkracht/BSNProtection``
/// look-up token (an HMAC under the integrator's key), so that ``Buurtkracht/ClientQuery/bsn``
/// stays an index look-up; `bsn_sealed` holds the BSN encrypted and authenticated under that
/// key, for reading the client back. A store opened without a protection can hold no BSN:
/// writing one, reading one or looking one up throws ``Buurtkracht/BuurtkrachtError/Code/keyMissing``.
enum BSNColumn {
    /// The text stored in, and searched with, `bsn_token`.
    static func lookupValue(for bsn: BSN, in transaction: SQLiteTransaction) throws -> String {
        try protection(of: transaction).lookupToken(for: bsn)
    }

    /// Binds `bsn_token` and `bsn_sealed`.
    static func bind(_ bsn: BSN?, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) throws {
        guard let bsn else {
            binder.bindNull()
            binder.bindNull()
            return
        }
        let protection = try protection(of: transaction)
        binder.bind(protection.lookupToken(for: bsn))
        binder.bind(try protection.seal(bsn))
    }

    /// Reads `bsn_token` (skipped) and `bsn_sealed`, opening the sealed value with the key.
    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> BSN? {
        reader.skip()
        guard let sealed = try reader.optionalData() else { return nil }
        return try protection(of: transaction).open(sealed)
    }

    /// The store's protection, or the error that says the key is missing.
    private static func protection(of transaction: SQLiteTransaction) throws(BuurtkrachtError) -> any BSNProtection {
        guard let protection = transaction.bsnProtection else { throw BSNKeyCheck.missingKey }
        return protection
    }
}
