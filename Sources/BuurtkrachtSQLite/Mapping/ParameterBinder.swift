import Buurtkracht
import Foundation
import GRDB
import GRDBSQLite

/// Binds values to the parameters of a prepared statement, one after the other, through
/// SQLite's C interface.
///
/// GRDB's `StatementArguments` box every value in a `DatabaseValue` and validate the list on
/// each execution; binding directly keeps inserting a million signals within budget. The
/// binder counts the parameters it binds and ``finish()`` checks the count, so that a mapping
/// that binds one column too few fails loudly instead of writing a stale value.
///
/// Moments are bound as REAL seconds since 2001-01-01 (`timeIntervalSinceReferenceDate`):
/// the `Double` a `Date` holds, so it reads back bit for bit.
struct ParameterBinder {
    private let statement: SQLiteStatement
    private var index: CInt = 1
    private var failure: CInt = SQLITE_OK

    /// A binder for `statement`, starting at its first parameter. Resets the statement, which
    /// may still hold the previous execution (its result code was reported then).
    init(_ statement: Statement) {
        self.statement = statement.sqliteStatement
        sqlite3_reset(self.statement)
    }

    /// Binds text, or NULL.
    mutating func bind(_ text: String?) {
        guard var text else { return bindNull() }
        let code = text.withUTF8 { bytes in
            bytes.isEmpty
                ? sqlite3_bind_text(statement, index, "", 0, sqliteTransient)
                : sqlite3_bind_text(statement, index, bytes.baseAddress, CInt(bytes.count), sqliteTransient)
        }
        advance(code)
    }

    /// Binds a raw value's text (an identifier, a code, an enum case), or NULL.
    mutating func bind<Value: RawRepresentable<String>>(_ value: Value?) {
        bind(value?.rawValue)
    }

    /// Binds a CBS area code's text, or NULL.
    mutating func bind<Code: AreaCode>(_ code: Code?) {
        bind(code?.rawValue)
    }

    /// Binds a moment as REAL seconds since the reference date, or NULL.
    mutating func bind(_ date: Date?) {
        guard let date else { return bindNull() }
        advance(sqlite3_bind_double(statement, index, date.timeIntervalSinceReferenceDate))
    }

    /// Binds an integer, or NULL.
    mutating func bind(_ value: Int64?) {
        guard let value else { return bindNull() }
        advance(sqlite3_bind_int64(statement, index, value))
    }

    /// Binds an integer, or NULL.
    mutating func bind(_ value: Int?) {
        bind(value.map(Int64.init))
    }

    /// Binds a boolean as 0 or 1, or NULL.
    mutating func bind(_ value: Bool?) {
        bind(value.map { $0 ? Int64(1) : 0 })
    }

    /// Binds bytes as a BLOB (an empty one stays empty, not NULL), or NULL.
    mutating func bind(_ data: Data?) {
        guard let data else { return bindNull() }
        let code = data.withUnsafeBytes { bytes in
            bytes.isEmpty
                ? sqlite3_bind_zeroblob(statement, index, 0)
                : sqlite3_bind_blob(statement, index, bytes.baseAddress, CInt(bytes.count), sqliteTransient)
        }
        advance(code)
    }

    /// Binds UTF-8 JSON bytes as TEXT, so that SQLite's JSON functions and a shell can read it.
    mutating func bindJSON(_ json: Data) {
        let code = json.withUnsafeBytes { bytes in
            bytes.isEmpty
                ? sqlite3_bind_text(statement, index, "", 0, sqliteTransient)
                : sqlite3_bind_text(
                    statement, index, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), CInt(bytes.count),
                    sqliteTransient)
        }
        advance(code)
    }

    /// Binds one value of a dynamic filter.
    mutating func bind(_ value: SQLFilter.Value) {
        switch value {
        case .text(let text): bind(text)
        case .real(let real): advance(sqlite3_bind_double(statement, index, real))
        case .integer(let integer): bind(integer)
        case .blob(let data): bind(data)
        }
    }

    /// Binds NULL.
    mutating func bindNull() {
        advance(sqlite3_bind_null(statement, index))
    }

    /// Checks that every parameter was bound, and bound without error.
    func finish(table: String) throws(BuurtkrachtError) {
        let expected = sqlite3_bind_parameter_count(statement)
        guard failure == SQLITE_OK, index - 1 == expected else {
            throw BuurtkrachtError(
                code: .storageFailure,
                message: "The SQLite store could not prepare a change to table '\(table)' "
                    + "(bound \(index - 1) of \(expected) values). This is a bug in BuurtkrachtSQLite; please report it.",
                context: ["table": table, "sqliteCode": String(failure)]
            )
        }
    }

    private mutating func advance(_ code: CInt) {
        if code != SQLITE_OK, failure == SQLITE_OK { failure = code }
        index += 1
    }
}

/// SQLite's `SQLITE_TRANSIENT`: SQLite copies the bytes before the bind call returns.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
