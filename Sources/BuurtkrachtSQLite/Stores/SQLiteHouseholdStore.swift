import Buurtkracht

/// ``Buurtkracht/HouseholdStore`` on the `household` table.
struct SQLiteHouseholdStore: HouseholdStore {
    let transaction: SQLiteTransaction
    private var table: RecordTable<HouseholdTable> { transaction.table(HouseholdTable.self) }

    func household(_ id: Household.ID) throws -> Household? {
        try table.find(id.rawValue)
    }

    func insert(_ household: Household) throws {
        try table.insert(household)
    }

    func update(_ household: Household) throws {
        try table.update(household)
    }

    func delete(_ id: Household.ID) throws {
        try table.delete(id.rawValue)
    }
}
