import Buurtkracht

/// ``Buurtkracht/DuplicateStore`` on the `possible_duplicate` table.
struct SQLiteDuplicateStore: DuplicateStore {
    let transaction: SQLiteTransaction
    private var table: RecordTable<DuplicateTable> { transaction.table(DuplicateTable.self) }

    func duplicate(_ id: PossibleDuplicate.ID) throws -> PossibleDuplicate? {
        try table.find(id.rawValue)
    }

    func duplicates(matching query: DuplicateQuery) throws -> [PossibleDuplicate] {
        var filter = SQLFilter()
        if let client = query.client {
            filter.add("(first_id = ? OR second_id = ?)", .text(client.rawValue), .text(client.rawValue))
        }
        filter.amongCases("status", query.statuses)
        return try table.fetch(filter, orderBy: "id")
    }

    func insert(_ duplicate: PossibleDuplicate) throws {
        try table.insert(duplicate)
    }

    func update(_ duplicate: PossibleDuplicate) throws {
        try table.update(duplicate)
    }

    func delete(_ id: PossibleDuplicate.ID) throws {
        try table.delete(id.rawValue)
    }
}
