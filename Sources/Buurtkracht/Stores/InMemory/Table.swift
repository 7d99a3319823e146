/// Rows of one kind for the in-memory store: keyed by identifier, with secondary indexes, and
/// a journal that undoes a failed transaction.
struct Table<Key: Hashable & Comparable, Row> {
    private(set) var rows: [Key: Row] = [:]
    private var index: [String: Set<Key>] = [:]
    private let identify: (Row) -> Key
    private let indexKeys: (Row) -> [String]
    private let uniqueKeys: (Row) -> [String]
    private let kind: RecordKind
    /// The first version of every row touched in the open transaction (nil: it did not exist).
    private var journal: [Key: Row?] = [:]

    /// Creates a table; `indexKeys` lists a row's lookup keys, `uniqueKeys` the subset of them
    /// that no other row may share (like a unique index).
    init(
        _ kind: RecordKind,
        id identify: @escaping (Row) -> Key,
        indexKeys: @escaping (Row) -> [String] = { _ in [] },
        uniqueKeys: @escaping (Row) -> [String] = { _ in [] }
    ) {
        self.kind = kind
        self.identify = identify
        self.indexKeys = { indexKeys($0) + uniqueKeys($0) }
        self.uniqueKeys = uniqueKeys
    }

    /// The greatest identifier among the rows, kept as rows come and go, so that "the last
    /// one" (the audit log's last entry, asked for by every audited write) is not a scan.
    private(set) var lastKey: Key?

    subscript(key: Key) -> Row? { rows[key] }

    /// The rows whose index keys include `indexKey`, ordered by identifier.
    func rows(withIndexKey indexKey: String) -> [Row] {
        (index[indexKey] ?? []).sorted().compactMap { rows[$0] }
    }

    /// Every row, ordered by identifier.
    var all: [Row] { rows.keys.sorted().compactMap { rows[$0] } }

    mutating func insert(_ row: Row) throws(BuurtkrachtError) {
        let key = identify(row)
        guard rows[key] == nil else { throw .alreadyExists(kind, id: "\(key)") }
        try checkUnique(row, key: key)
        put(row, at: key)
    }

    mutating func update(_ row: Row) throws(BuurtkrachtError) {
        let key = identify(row)
        guard rows[key] != nil else { throw .notFound(kind, id: "\(key)") }
        try checkUnique(row, key: key)
        put(row, at: key)
    }

    private func checkUnique(_ row: Row, key: Key) throws(BuurtkrachtError) {
        for unique in uniqueKeys(row) {
            guard let holders = index[unique], holders.contains(where: { $0 != key }) else { continue }
            let field = unique.prefix { $0 != ":" }
            throw BuurtkrachtError(
                code: .alreadyExists,
                message: "Another \(kind.displayName) already has this \(field); it must be unique. "
                    + "Look that record up and update it instead.",
                context: ["record": kind.rawValue, "id": "\(key)", "field": String(field)]
            )
        }
    }

    mutating func remove(_ key: Key) throws(BuurtkrachtError) {
        guard rows[key] != nil else { throw .notFound(kind, id: "\(key)") }
        put(nil, at: key)
    }

    mutating func commit() { journal.removeAll(keepingCapacity: true) }

    mutating func rollback() {
        let undo = journal
        journal.removeAll(keepingCapacity: true)
        for (key, row) in undo { replace(key, with: row) }
    }

    private mutating func put(_ row: Row?, at key: Key) {
        if journal[key] == nil { journal[key] = .some(rows[key]) }
        replace(key, with: row)
    }

    private mutating func replace(_ key: Key, with row: Row?) {
        if let old = rows[key] {
            for indexKey in indexKeys(old) { index[indexKey]?.remove(key) }
        }
        rows[key] = row
        if let row {
            for indexKey in indexKeys(row) { index[indexKey, default: []].insert(key) }
            if lastKey.map({ key > $0 }) ?? true { lastKey = key }
        } else if key == lastKey {
            lastKey = rows.keys.max()
        }
    }
}
