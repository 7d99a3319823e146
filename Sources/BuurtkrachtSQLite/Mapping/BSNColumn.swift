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
    /// The text stored in, and searched with, `bsn_token`; made once per BSN in a unit of work.
    static func lookupValue(for bsn: BSN, in transaction: SQLiteTransaction) throws -> String {
        if let token = transaction.bsnTokens[bsn.digits] { return token }
        let token = try protection(of: transaction).lookupToken(for: bsn)
        // A dry run imports the whole file in one unit: start over rather than keep them all.
        if transaction.bsnTokens.count >= 16_384 { transaction.bsnTokens.removeAll(keepingCapacity: true) }
        transaction.bsnTokens[bsn.digits] = token
        return token
    }

    /// Binds `bsn_token` and `bsn_sealed`.
    static func bind(_ bsn: BSN?, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) throws {
        guard let bsn else {
            binder.bindNull()
            binder.bindNull()
            return
        }
        binder.bind(try lookupValue(for: bsn, in: transaction))
        binder.bind(try protection(of: transaction).seal(bsn))
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
