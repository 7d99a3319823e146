import Buurtkracht

/// Households in the `household` table.
enum HouseholdTable: TableMapping {
    static let sql = TableSQL(table: "household", columns: ["id"] + AddressColumns.names() + ["registered_at"])
    static let kind = RecordKind.household

    static func key(of household: Household) -> String { household.id.rawValue }

    static func bind(_ household: Household, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) {
        binder.bind(household.id)
        AddressColumns.bind(household.address, to: &binder)
        binder.bind(household.registeredAt)
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> Household {
        Household(id: Household.ID(try reader.key()), address: try AddressColumns.read(&reader), registeredAt: try reader.date())
    }
}
