import Buurtkracht
import Foundation

/// The one place where a client's BSN meets the database: the `client.bsn_lookup` look-up
/// column and the `client.bsn_sealed` value.
///
/// The digits are never stored. `bsn_lookup` holds eight bytes of the store's
/// ``Buurtkracht/BSNProtection`` look-up token (an HMAC under the integrator's key), so that
/// ``Buurtkracht/ClientQuery/bsn`` stays an index look-up on a small index; `bsn_sealed` holds
/// the BSN encrypted and authenticated under that key, for reading the client back. Eight bytes
/// may, rarely, be shared by two BSNs, so a look-up keeps only the clients whose sealed BSN is the
/// one looked for. A store opened without a protection can hold no BSN: writing one, reading
/// one or looking one up throws ``Buurtkracht/BuurtkrachtError/Code/keyMissing``.
enum BSNColumn {
    /// How many bytes of the token `bsn_lookup` keeps.
    static let lookupKeyLength = 8

    /// The bytes stored in, and searched with, `bsn_lookup`; made once per BSN in a unit of work.
    static func lookupKey(for bsn: BSN, in transaction: SQLiteTransaction) throws -> Data {
        if let key = transaction.bsnLookupKeys[bsn.digits] { return key }
        let key = lookupKey(fromToken: try protection(of: transaction).lookupToken(for: bsn))
        // A dry run imports the whole file in one unit: start over rather than keep them all.
        if transaction.bsnLookupKeys.count >= 16_384 { transaction.bsnLookupKeys.removeAll(keepingCapacity: true) }
        transaction.bsnLookupKeys[bsn.digits] = key
        return key
    }

    /// The key of a look-up token: the first eight bytes of a hex token (as
    /// `KeyedBSNProtection` makes: the HMAC's first 64 bits), or else a 64-bit FNV-1a hash of
    /// the token's text, so that any protection's tokens make keys.
    static func lookupKey(fromToken token: String) -> Data {
        var key = Data(capacity: lookupKeyLength)
        var high: UInt8?
        for byte in token.utf8.prefix(2 * lookupKeyLength) {
            guard let nibble = hexValue(byte) else { break }
            if let first = high {
                key.append(first << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        if key.count == lookupKeyLength { return key }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in token.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Data((0..<lookupKeyLength).map { UInt8(truncatingIfNeeded: hash >> (8 * (7 - $0))) })
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Binds `bsn_lookup` and `bsn_sealed`.
    static func bind(_ bsn: BSN?, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) throws {
        guard let bsn else {
            binder.bindNull()
            binder.bindNull()
            return
        }
        binder.bind(try lookupKey(for: bsn, in: transaction))
        binder.bind(try protection(of: transaction).seal(bsn))
    }

    /// Reads `bsn_lookup` (skipped) and `bsn_sealed`, opening the sealed value with the key.
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
