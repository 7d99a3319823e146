import Buurtkracht
import Foundation
import GRDB
import GRDBSQLite

/// One unit of work on a GRDB connection: the aggregate stores are views on it, and it offers
/// them the few statement helpers they share.
///
/// Created inside `DatabaseWriter.read` or `write` for the duration of one closure; GRDB
/// commits or rolls back the transaction around it. A read-only transaction refuses writes
/// itself with ``BuurtkrachtError/Code/readOnlyTransaction``, before SQLite is asked.
final class SQLiteTransaction: StorageTransaction {
    /// The connection, valid only during the unit of work.
    let db: Database
    /// Whether writes are refused.
    let isReadOnly: Bool
    /// The integrator's BSN protection; nil when the store was opened without a key (see ``BSNColumn``).
    let bsnProtection: (any BSNProtection)?
    /// The BSN look-up keys made in this unit of work, by digits (see ``BSNColumn``): the
    /// importer looks a batch's BSNs up and then stores them, and each HMAC need run once.
    /// Lives as long as the unit, and ``BSNColumn`` empties it when it grows past a batch.
    var bsnLookupKeys: [String: Data] = [:]
    /// The audit log's last entry as the writer's earlier units of this transaction left it, and
    /// the group commit's generation it is valid for; nil in reads (see ``AuditTail``).
    let auditTail: (cache: AuditTail, generation: Int)?

    init(_ db: Database, isReadOnly: Bool, bsnProtection: (any BSNProtection)?, auditTail: (cache: AuditTail, generation: Int)? = nil) {
        self.db = db
        self.isReadOnly = isReadOnly
        self.bsnProtection = bsnProtection
        self.auditTail = auditTail
    }

    var clients: any ClientStore { SQLiteClientStore(transaction: self) }
    var households: any HouseholdStore { SQLiteHouseholdStore(transaction: self) }
    var signals: any SignalStore { SQLiteSignalStore(transaction: self) }
    var visits: any VisitStore { SQLiteVisitStore(transaction: self) }
    var plans: any PlanStore { SQLitePlanStore(transaction: self) }
    var network: any NetworkStore { SQLiteNetworkStore(transaction: self) }
    var groups: any GroupStore { SQLiteGroupStore(transaction: self) }
    var referrals: any ReferralStore { SQLiteReferralStore(transaction: self) }
    var duplicates: any DuplicateStore { SQLiteDuplicateStore(transaction: self) }
    var directory: any DirectoryStore { SQLiteDirectoryStore(transaction: self) }
    var consents: any ConsentStore { SQLiteConsentStore(transaction: self) }
    var audit: any AuditLog { SQLiteAuditLog(transaction: self) }
    var imports: any ImportLedger { SQLiteImportLedger(transaction: self) }

    /// The mapped table of one aggregate.
    func table<Mapping: TableMapping>(_: Mapping.Type) -> RecordTable<Mapping> {
        RecordTable(transaction: self)
    }

    /// Throws ``BuurtkrachtError/Code/readOnlyTransaction`` inside `read { … }`.
    func requireWritable() throws(BuurtkrachtError) {
        if isReadOnly { throw BuurtkrachtError.readOnlyTransaction }
    }

    /// The number of rows the last INSERT, UPDATE or DELETE changed.
    var changes: Int { db.changesCount }

    /// A cached prepared statement, ready to be bound with a ``ParameterBinder``.
    func prepare(_ sql: String, table: String) throws -> Statement {
        do {
            let statement = try db.cachedStatement(sql: sql)
            // Marks the (empty) GRDB arguments as bound: the values are bound through the C API.
            statement.setUncheckedArguments(StatementArguments())
            return statement
        } catch let error as DatabaseError {
            throw SQLiteErrorMapping.error(from: error, table: table)
        }
    }

    /// Executes a bound statement. A UNIQUE or PRIMARY KEY violation throws the error that
    /// `conflict` makes; other SQLite errors are mapped to ``BuurtkrachtError``.
    ///
    /// The statement is stepped through SQLite's C interface, skipping GRDB's per-statement
    /// bookkeeping, which this adapter does not use (no transaction observers, no regions).
    /// When the step fails, the statement is reset and executed again through GRDB, which
    /// reports the error and keeps its own state right; a failed change has no effect, so
    /// running it twice is harmless.
    func execute(_ statement: Statement, table: String, conflict: () throws -> BuurtkrachtError) throws {
        if sqlite3_step(statement.sqliteStatement) == SQLITE_DONE { return }
        sqlite3_reset(statement.sqliteStatement)
        do {
            try statement.execute()
        } catch let error as DatabaseError where SQLiteErrorMapping.isUniqueViolation(error) {
            throw try conflict()
        } catch let error as DatabaseError {
            throw SQLiteErrorMapping.error(from: error, table: table)
        }
    }

    /// Runs a statement that changes rows and returns how many it changed; a UNIQUE or
    /// PRIMARY KEY violation throws the error that `conflict` makes.
    @discardableResult
    func run(
        _ sql: String,
        table: String,
        conflict: () throws -> BuurtkrachtError = { throw SQLiteErrorMapping.bug("unexpected duplicate row") },
        bind: (inout ParameterBinder) -> Void
    ) throws -> Int {
        try requireWritable()
        let statement = try prepare(sql, table: table)
        var binder = ParameterBinder(statement)
        bind(&binder)
        try binder.finish(table: table)
        try execute(statement, table: table, conflict: conflict)
        return changes
    }

    /// Runs a query and reads each row with `read`.
    ///
    /// Rows are stepped through SQLite's C interface (see ``execute(_:table:conflict:)``); when
    /// a step fails, the query runs again through a GRDB cursor, which reports the error.
    func fetch<Element>(
        _ sql: String,
        table: String,
        values: [SQLFilter.Value] = [],
        read: (inout ColumnReader) throws -> Element
    ) throws -> [Element] {
        let statement = try prepare(sql, table: table)
        var binder = ParameterBinder(statement)
        for value in values { binder.bind(value) }
        try binder.finish(table: table)
        var elements: [Element] = []
        while true {
            switch sqlite3_step(statement.sqliteStatement) {
            case SQLITE_ROW:
                var reader = ColumnReader(statement, table: table)
                elements.append(try read(&reader))
                try reader.finish()
            case SQLITE_DONE:
                sqlite3_reset(statement.sqliteStatement)
                return elements
            default:
                sqlite3_reset(statement.sqliteStatement)
                return try fetchThroughGRDB(statement, table: table, read: read)
            }
        }
    }

    /// Runs a bound query with a GRDB cursor, which turns a failure into a `DatabaseError`.
    private func fetchThroughGRDB<Element>(
        _ statement: Statement,
        table: String,
        read: (inout ColumnReader) throws -> Element
    ) throws -> [Element] {
        do {
            let rows = try Row.fetchCursor(statement)
            var elements: [Element] = []
            while try rows.next() != nil {
                var reader = ColumnReader(statement, table: table)
                elements.append(try read(&reader))
                try reader.finish()
            }
            return elements
        } catch let error as DatabaseError {
            throw SQLiteErrorMapping.error(from: error, table: table)
        }
    }

    /// Runs `body` in a savepoint when `needed`: all of its statements take effect, or none.
    func atomically(_ needed: Bool, _ body: () throws -> Void) throws {
        guard needed else { return try body() }
        do {
            try db.inSavepoint {
                try body()
                return .commit
            }
        } catch let error as DatabaseError {
            throw SQLiteErrorMapping.error(from: error, table: nil)
        }
    }
}
