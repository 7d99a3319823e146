import Foundation
import GRDB
import GRDBSQLite

/// What SQLite itself needs for the rows of one report, without Swift's side of the store.
///
/// It copies the last signal row and audit entry that the real run wrote, and inserts `count`
/// more of them through prepared statements and SQLite's C interface: a commit every `batch`
/// reports and (with `savepoints`) a savepoint around each report's two rows, as the group
/// commit does, with the store's pragmas and its `synchronous = NORMAL`. Only the ids (and the
/// audit entry's record id) change per report; they ascend, as the store's time-ordered ids do.
/// The flush of the WAL, which the store runs beside its writer, is left out: the figure is the
/// CPU that the writer thread cannot do without.
struct SQLiteFloor {
    let path: String
    let count: Int
    /// Whether each report's rows get a savepoint of their own, as the store's units do.
    let savepoints: Bool
    let batch = 512

    /// Runs the inserts and returns the writing thread's CPU seconds and the wall seconds.
    func run() throws -> (cpu: Double, wall: Double) {
        let queue = try DatabaseQueue(path: path)
        return try queue.writeWithoutTransaction { db in
            // The store's connection settings (SQLiteStorage's configuration), and its writer's sync.
            try db.execute(sql: """
                PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768; PRAGMA secure_delete = ON;
                PRAGMA temp_store = MEMORY; PRAGMA synchronous = NORMAL
                """)
            let signal = try Template(db, table: "signal", order: "rowid", keyColumn: "id")
            let audit = try Template(db, table: "audit_entry", order: "sequence", keyColumn: "id", nullColumn: "sequence")
            let statements = try ["BEGIN IMMEDIATE", "COMMIT", "SAVEPOINT unit", "RELEASE unit"].map { try db.makeStatement(sql: $0) }
            let (begin, commit, savepoint, release) = (statements[0], statements[1], statements[2], statements[3])

            // Ids ascend after every id written so far, by the store or by an earlier floor run.
            let offset = try Int.fetchOne(db, sql: "SELECT count(*) FROM signal") ?? 0
            let cpuBefore = threadCPUSeconds()
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                for index in offset..<(offset + count) {
                    if (index - offset) % batch == 0 { try begin.execute() }
                    if savepoints { try savepoint.execute() }
                    let signalID = String(format: "ffffffff-ffff-7fff-8fff-%012x", index)
                    try signal.insert(key: signalID)
                    try audit.insert(key: String(format: "ffffffff-ffff-7fff-9fff-%012x", index), overriding: ["record_id": signalID])
                    if savepoints { try release.execute() }
                    if (index - offset) % batch == batch - 1 || index == offset + count - 1 { try commit.execute() }
                }
            } catch {
                if !db.isInsideTransaction { throw error }
                try db.execute(sql: "ROLLBACK")
                throw error
            }
            let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            return (threadCPUSeconds() - cpuBefore, wall)
        }
    }

    private func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// One table's last row, inserted again with a new key through a prepared statement.
private struct Template {
    let statement: Statement
    let columns: [String]
    let values: [DatabaseValue]
    let keyIndex: Int
    let nullIndex: Int?

    init(_ db: Database, table: String, order: String, keyColumn: String, nullColumn: String? = nil) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM \(table) ORDER BY \(order) DESC LIMIT 1") else {
            throw DatabaseError(message: "\(table) is empty; run the real benchmark first")
        }
        let columns = Array(row.columnNames)
        self.columns = columns
        values = Array(row.databaseValues)
        guard let key = columns.firstIndex(of: keyColumn) else { throw DatabaseError(message: "no column \(keyColumn) in \(table)") }
        keyIndex = key
        nullIndex = nullColumn.flatMap { columns.firstIndex(of: $0) }
        let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        statement = try db.makeStatement(sql: "INSERT INTO \(table) (\(list)) VALUES (\(marks))")
    }

    func insert(key: String, overriding overrides: [String: String] = [:]) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() {
            let index = CInt(offset + 1)
            if offset == keyIndex {
                bind(key, handle, index)
            } else if offset == nullIndex {
                sqlite3_bind_null(handle, index)
            } else if let text = overrides[columns[offset]] {
                bind(text, handle, index)
            } else {
                switch value.storage {
                case .null: sqlite3_bind_null(handle, index)
                case .int64(let integer): sqlite3_bind_int64(handle, index, integer)
                case .double(let double): sqlite3_bind_double(handle, index, double)
                case .string(let text): bind(text, handle, index)
                case .blob(let data):
                    _ = data.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, CInt($0.count), transient) }
                }
            }
        }
        guard sqlite3_step(handle) == SQLITE_DONE else {
            throw DatabaseError(message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))))
        }
    }

    private func bind(_ text: String, _ handle: OpaquePointer, _ index: CInt) {
        var text = text
        _ = text.withUTF8 { bytes in
            bytes.isEmpty
                ? sqlite3_bind_text(handle, index, "", 0, transient)
                : sqlite3_bind_text(handle, index, bytes.baseAddress, CInt(bytes.count), transient)
        }
    }
}

private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
