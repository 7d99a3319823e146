import Buurtkracht

/// The one place where a client's BSN meets the database: the `client.bsn` look-up column.
///
/// Today the column holds the nine digits, so that ``Buurtkracht/ClientQuery/bsn`` is an index
/// look-up. Storing a keyed look-up token and a sealed value instead (see
/// ``Buurtkracht/BSNProtection``) changes this type and the schema, nothing else.
enum BSNColumn {
    /// The text stored for, and searched with, `bsn`.
    static func lookupValue(for bsn: BSN) -> String {
        bsn.digits
    }

    /// Binds the BSN column.
    static func bind(_ bsn: BSN?, to binder: inout ParameterBinder) {
        binder.bind(bsn.map(lookupValue))
    }

    /// Reads the BSN column; a value that fails the eleven test is a damaged row.
    static func read(_ reader: inout ColumnReader) throws(BuurtkrachtError) -> BSN? {
        try reader.optionalValidated { try BSN($0) }
    }
}
