import Buurtkracht
import Foundation
import GRDB
import GRDBSQLite

/// Turns SQLite's failures into ``BuurtkrachtError``s that say what happened and what to do.
///
/// Messages name the table, the record id or the file, and SQLite's generic text for the
/// result code; never SQLite's own message, the SQL arguments or a value read from a row, so
/// that no personal data can reach a log through an error.
enum SQLiteErrorMapping {
    /// The error for a failed statement on `table` (nil: no single table, such as a commit).
    static func error(from error: DatabaseError, table: String?) -> BuurtkrachtError {
        var context = ["sqliteCode": codeDescription(error.extendedResultCode.rawValue)]
        if let table { context["table"] = table }
        let place = table.map { " (table '\($0)')" } ?? ""
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return BuurtkrachtError(
                code: .storageLocked,
                message: "The database stayed locked by another connection or process for longer than the busy timeout"
                    + "\(place). Retry later, or find the process that holds it (a backup, a second server, a shell).",
                context: context
            )
        case .SQLITE_READONLY:
            return BuurtkrachtError(
                code: .storageReadOnly,
                message: "The database cannot be written\(place): the file or its folder is read-only. "
                    + "Give this process write access to both, or open a copy in a writable place.",
                context: context
            )
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return BuurtkrachtError(
                code: .storageCorrupt,
                message: "The database file is damaged or is not a SQLite database\(place). "
                    + "Restore it from a backup; do not keep writing to it.",
                context: context
            )
        case .SQLITE_FULL:
            return BuurtkrachtError(
                code: .storageUnavailable,
                message: "The disk that holds the database is full\(place). Free space, then retry; nothing was saved.",
                context: context
            )
        case .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return BuurtkrachtError(
                code: .storageUnavailable,
                message: "The database file could not be read or written\(place). "
                    + "Check that the disk is present and the file was not moved, then retry.",
                context: context
            )
        default:
            return BuurtkrachtError(
                code: .storageFailure,
                message: "The SQLite store failed\(place). Retry; if it fails again, keep the database file "
                    + "and report the error code.",
                context: context
            )
        }
    }

    /// Whether `error` is a UNIQUE or PRIMARY KEY violation.
    static func isUniqueViolation(_ error: DatabaseError) -> Bool {
        error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE || error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
    }

    /// The error for a row whose values cannot be a valid record.
    static func corruptRow(table: String, id: String?, column: String) -> BuurtkrachtError {
        var context = ["table": table, "column": column]
        if let id { context["id"] = id }
        let which = id.map { "with id \($0) " } ?? ""
        return BuurtkrachtError(
            code: .storageCorrupt,
            message: "The row \(which)in table '\(table)' holds a value in column '\(column)' that is missing or invalid. "
                + "The database was damaged or changed by another program; restore it from a backup.",
            context: context
        )
    }

    /// The error for a mistake in this adapter itself.
    static func bug(_ what: String) -> BuurtkrachtError {
        BuurtkrachtError(
            code: .storageFailure,
            message: "The SQLite store hit an internal error (\(what)). This is a bug in BuurtkrachtSQLite; please report it."
        )
    }

    /// SQLite's fixed English text for a result code, like `"5 (database is locked)"`.
    static func codeDescription(_ code: CInt) -> String {
        "\(code) (\(String(cString: sqlite3_errstr(code))))"
    }
}

extension SQLiteErrorMapping {
    /// The error for a database that could not be opened at `path`, after looking at the file
    /// system to tell a missing folder from a read-only one.
    static func openingError(from error: DatabaseError, path: String) -> BuurtkrachtError {
        switch error.resultCode {
        case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_IOERR:
            if let diagnosis = FileAccess.diagnose(path) { return diagnosis }
        default:
            break
        }
        return self.error(from: error, table: nil).adding(["path": path])
    }
}
