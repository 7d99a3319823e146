import Buurtkracht
import Foundation
import GRDB
import GRDBSQLite

/// Reads the columns of the current row of a prepared statement, one after the other, in the
/// order they were selected, and checks each value's type.
///
/// Nothing read from the database is trusted: a NULL where a value is required, a value of
/// the wrong type or text that is not a valid code throws ``BuurtkrachtError/Code/storageCorrupt``
/// naming the table, the record's id and the column — never the value, which may be personal data.
struct ColumnReader {
    private let statement: SQLiteStatement
    private let table: String
    private var index: CInt = 0
    /// The id of the record being read, once its key column was read; used in errors.
    private var recordID: String?

    /// A reader positioned on the first column of `statement`'s current row.
    init(_ statement: Statement, table: String) {
        self.statement = statement.sqliteStatement
        self.table = table
    }

    /// Reads the record's key, remembering it for errors about the columns that follow.
    mutating func key() throws(BuurtkrachtError) -> String {
        let key = try text()
        recordID = key
        return key
    }

    /// Reads required text.
    mutating func text() throws(BuurtkrachtError) -> String {
        guard let text = try optionalText() else { throw corrupt(at: index - 1) }
        return text
    }

    /// Reads text or NULL.
    mutating func optionalText() throws(BuurtkrachtError) -> String? {
        let column = nextColumn()
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL:
            return nil
        case SQLITE_TEXT:
            let count = Int(sqlite3_column_bytes(statement, column))
            guard let bytes = sqlite3_column_text(statement, column) else { return "" }
            return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        default:
            throw corrupt(at: column)
        }
    }

    /// Reads a required identifier.
    mutating func id<Entity>(_: Identifier<Entity>.Type = Identifier<Entity>.self) throws(BuurtkrachtError) -> Identifier<Entity> {
        Identifier(try text())
    }

    /// Reads an identifier or NULL.
    mutating func optionalID<Entity>(_: Identifier<Entity>.Type = Identifier<Entity>.self) throws(BuurtkrachtError)
        -> Identifier<Entity>?
    {
        try optionalText().map { Identifier($0) }
    }

    /// Reads a required value stored as its raw text (an enum case, a purpose, a skill).
    mutating func value<Value: RawRepresentable<String>>(_: Value.Type = Value.self) throws(BuurtkrachtError) -> Value {
        guard let value = try optionalValue(Value.self) else { throw corrupt(at: index - 1) }
        return value
    }

    /// Reads a value stored as its raw text, or NULL.
    mutating func optionalValue<Value: RawRepresentable<String>>(_: Value.Type = Value.self) throws(BuurtkrachtError)
        -> Value?
    {
        guard let text = try optionalText() else { return nil }
        guard let value = Value(rawValue: text) else { throw corrupt(at: index - 1) }
        return value
    }

    /// Reads a required value that validates its text (a CBS code, a postcode).
    mutating func validated<Value>(_ make: (String) throws -> Value) throws(BuurtkrachtError) -> Value {
        guard let value = try optionalValidated(make) else { throw corrupt(at: index - 1) }
        return value
    }

    /// Reads a value that validates its text, or NULL.
    mutating func optionalValidated<Value>(_ make: (String) throws -> Value) throws(BuurtkrachtError) -> Value? {
        guard let text = try optionalText() else { return nil }
        do {
            return try make(text)
        } catch {
            throw corrupt(at: index - 1)
        }
    }

    /// Reads a required moment (REAL seconds since the reference date).
    mutating func date() throws(BuurtkrachtError) -> Date {
        guard let date = try optionalDate() else { throw corrupt(at: index - 1) }
        return date
    }

    /// Reads a moment or NULL.
    mutating func optionalDate() throws(BuurtkrachtError) -> Date? {
        let column = nextColumn()
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL: return nil
        case SQLITE_FLOAT, SQLITE_INTEGER: return Date(timeIntervalSinceReferenceDate: sqlite3_column_double(statement, column))
        default: throw corrupt(at: column)
        }
    }

    /// Reads a required integer.
    mutating func integer() throws(BuurtkrachtError) -> Int64 {
        guard let value = try optionalInteger() else { throw corrupt(at: index - 1) }
        return value
    }

    /// Reads an integer or NULL.
    mutating func optionalInteger() throws(BuurtkrachtError) -> Int64? {
        let column = nextColumn()
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL: return nil
        case SQLITE_INTEGER: return sqlite3_column_int64(statement, column)
        default: throw corrupt(at: column)
        }
    }

    /// Reads a required `Int`.
    mutating func int() throws(BuurtkrachtError) -> Int {
        Int(try integer())
    }

    /// Reads an `Int` or NULL.
    mutating func optionalInt() throws(BuurtkrachtError) -> Int? {
        try optionalInteger().map { Int($0) }
    }

    /// Reads a required boolean (0 or 1).
    mutating func bool() throws(BuurtkrachtError) -> Bool {
        guard let value = try optionalBool() else { throw corrupt(at: index - 1) }
        return value
    }

    /// Reads a boolean (0 or 1) or NULL.
    mutating func optionalBool() throws(BuurtkrachtError) -> Bool? {
        switch try optionalInteger() {
        case nil: return nil
        case 0: return false
        case 1: return true
        default: throw corrupt(at: index - 1)
        }
    }

    /// Reads a BLOB or NULL.
    mutating func optionalData() throws(BuurtkrachtError) -> Data? {
        let column = nextColumn()
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL:
            return nil
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, column))
            guard count > 0, let bytes = sqlite3_column_blob(statement, column) else { return Data() }
            return Data(bytes: bytes, count: count)
        default:
            throw corrupt(at: column)
        }
    }

    /// Reads a JSON column (see ``JSONColumn``) and decodes it.
    mutating func json<Value: Decodable>(_: Value.Type = Value.self) throws(BuurtkrachtError) -> Value {
        let column = nextColumn()
        guard sqlite3_column_type(statement, column) == SQLITE_TEXT else { throw corrupt(at: column) }
        let count = Int(sqlite3_column_bytes(statement, column))
        let data = sqlite3_column_text(statement, column).map { Data(bytes: $0, count: count) } ?? Data()
        do {
            return try JSONColumn.decode(Value.self, from: data)
        } catch {
            throw corrupt(at: column)
        }
    }

    /// Checks that the mapping read every selected column, no more and no fewer.
    func finish() throws(BuurtkrachtError) {
        let count = sqlite3_column_count(statement)
        guard index == count else {
            throw BuurtkrachtError(
                code: .storageFailure,
                message: "The SQLite store read \(index) of \(count) columns of table '\(table)'. "
                    + "This is a bug in BuurtkrachtSQLite; please report it.",
                context: ["table": table]
            )
        }
    }

    /// Skips a column whose value the caller does not need.
    mutating func skip() {
        _ = nextColumn()
    }

    /// A corrupt-row error for the current record at the column last read (or `column`).
    func corrupt(column name: String? = nil) -> BuurtkrachtError {
        SQLiteErrorMapping.corruptRow(table: table, id: recordID, column: name ?? columnName(at: index - 1))
    }

    private func corrupt(at column: CInt) -> BuurtkrachtError {
        corrupt(column: columnName(at: column))
    }

    private func columnName(at column: CInt) -> String {
        sqlite3_column_name(statement, column).map { String(cString: $0) } ?? "#\(column)"
    }

    private mutating func nextColumn() -> CInt {
        defer { index += 1 }
        return index
    }
}
