import Buurtkracht

/// How one aggregate is stored: its table, its columns, and how a record is bound to them and
/// read back from them. ``RecordTable`` turns a mapping into the store operations.
///
/// A mapping binds and reads its columns in the order of ``sql``'s column list, key first.
/// Children kept in their own table (a client's external identifiers, a signal's contact
/// attempts) are written by ``writeChildren(of:in:replacing:)`` inside the same savepoint as
/// the row, and read by ``read(_:in:)``.
protocol TableMapping {
    /// The aggregate.
    associatedtype Record

    /// The SQL for the table.
    static var sql: TableSQL { get }
    /// The kind of record, for errors.
    static var kind: RecordKind { get }
    /// Whether records have rows in child tables, so that a write spans several statements.
    static var hasChildren: Bool { get }

    /// The record's key, as bound to the first column.
    static func key(of record: Record) -> String
    /// Binds every column of `record`, in column order.
    static func bind(_ record: Record, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) throws
    /// Reads a record from the current row, its columns in column order.
    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> Record
    /// Writes the record's rows in child tables; `replacing` when the record existed before.
    static func writeChildren(of record: Record, in transaction: SQLiteTransaction, replacing: Bool) throws
    /// The error for a unique column other than the key that another record already holds.
    static func uniqueConflict(_ record: Record) -> BuurtkrachtError
}

extension TableMapping {
    static var hasChildren: Bool { false }

    static func writeChildren(of record: Record, in transaction: SQLiteTransaction, replacing: Bool) throws {}

    static func uniqueConflict(_ record: Record) -> BuurtkrachtError {
        .alreadyExists(kind, id: key(of: record))
    }

    /// The error for a unique `field` that another record of this kind already holds.
    static func taken(_ field: String, by record: Record) -> BuurtkrachtError {
        BuurtkrachtError(
            code: .alreadyExists,
            message: "Another \(kind.displayName) already has this \(field); it must be unique. "
                + "Look that record up and update it instead.",
            context: ["record": kind.rawValue, "id": key(of: record), "field": field]
        )
    }
}
