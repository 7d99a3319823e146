import Buurtkracht

/// Partner organisations in the `partner` table.
enum PartnerTable: TableMapping {
    static let sql = TableSQL(table: "partner", columns: ["id", "name", "kind"])
    static let kind = RecordKind.partner

    static func key(of partner: Partner) -> String { partner.id.rawValue }

    static func bind(_ partner: Partner, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) {
        binder.bind(partner.id)
        binder.bind(partner.name)
        binder.bind(partner.kind)
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> Partner {
        Partner(id: Partner.ID(try reader.key()), name: try reader.text(), kind: try reader.value())
    }
}
