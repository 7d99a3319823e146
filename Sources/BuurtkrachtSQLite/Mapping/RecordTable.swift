import Buurtkracht
import GRDB

/// The store operations every aggregate shares — find, query, insert, update, delete — made
/// from its ``TableMapping``, so that each store states only what is particular to it.
///
/// Inserts report a taken key as ``BuurtkrachtError/Code/alreadyExists``, updates and deletes
/// of a missing key as ``BuurtkrachtError/Code/notFound``. A write that spans several
/// statements (a batch, or a record with children) runs in a savepoint, so that a failure
/// leaves nothing half-written even when the caller catches the error and carries on.
struct RecordTable<Mapping: TableMapping> {
    let transaction: SQLiteTransaction

    private var sql: TableSQL { Mapping.sql }

    /// The record with `key`, or nil.
    func find(_ key: String) throws -> Mapping.Record? {
        try transaction.fetch(sql.selectByKey, table: sql.table, values: [.text(key)]) { reader in
            try Mapping.read(&reader, in: transaction)
        }.first
    }

    /// The records that pass `filter`, in `order`, at most `limit` of them.
    func fetch(_ filter: SQLFilter = SQLFilter(), orderBy order: String, limit: Int? = nil) throws -> [Mapping.Record] {
        var text = sql.select + filter.whereClause + " ORDER BY " + order
        var values = filter.values
        if let limit {
            text += " LIMIT ?"
            values.append(.integer(Int64(max(0, limit))))
        }
        return try transaction.fetch(text, table: sql.table, values: values) { reader in
            try Mapping.read(&reader, in: transaction)
        }
    }

    /// Adds a record.
    func insert(_ record: Mapping.Record) throws {
        try insert(contentsOf: CollectionOfOne(record))
    }

    /// Adds records through one prepared statement, all or none unless not `atomically` (for a
    /// caller that rolls the whole unit back on an error).
    func insert(contentsOf records: some Collection<Mapping.Record>, atomically: Bool = true) throws {
        try transaction.requireWritable()
        guard !records.isEmpty else { return }
        try transaction.atomically(atomically && (records.count > 1 || Mapping.hasChildren)) {
            let statement = try transaction.prepare(sql.insert, table: sql.table)
            for record in records {
                var binder = ParameterBinder(statement)
                try Mapping.bind(record, to: &binder, in: transaction)
                try binder.finish(table: sql.table)
                try transaction.execute(statement, table: sql.table) { try conflict(with: record) }
                try Mapping.writeChildren(of: record, in: transaction, replacing: false)
            }
        }
    }

    /// Replaces a record.
    func update(_ record: Mapping.Record) throws {
        try transaction.requireWritable()
        try transaction.atomically(Mapping.hasChildren) {
            let statement = try transaction.prepare(sql.update, table: sql.table)
            var binder = ParameterBinder(statement)
            try Mapping.bind(record, to: &binder, in: transaction)
            try binder.finish(table: sql.table)
            try transaction.execute(statement, table: sql.table) { Mapping.uniqueConflict(record) }
            guard transaction.changes > 0 else { throw BuurtkrachtError.notFound(Mapping.kind, id: Mapping.key(of: record)) }
            try Mapping.writeChildren(of: record, in: transaction, replacing: true)
        }
    }

    /// Removes the record with `key`; child rows go with it (`ON DELETE CASCADE`).
    func delete(_ key: String) throws {
        try transaction.requireWritable()
        let removed = try transaction.run(sql.delete, table: sql.table) { $0.bind(key) }
        guard removed > 0 else { throw BuurtkrachtError.notFound(Mapping.kind, id: key) }
    }

    /// Whether a record with `key` exists.
    func exists(_ key: String) throws -> Bool {
        try !transaction.fetch(sql.exists, table: sql.table, values: [.text(key)]) { $0.skip() }.isEmpty
    }

    private func conflict(with record: Mapping.Record) throws -> BuurtkrachtError {
        let key = Mapping.key(of: record)
        return try exists(key) ? .alreadyExists(Mapping.kind, id: key) : Mapping.uniqueConflict(record)
    }
}
