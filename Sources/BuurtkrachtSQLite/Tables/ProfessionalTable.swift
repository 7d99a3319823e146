import Buurtkracht

/// Professionals in the `professional` table.
enum ProfessionalTable: TableMapping {
    static let sql = TableSQL(table: "professional", columns: ["id", "name", "partner_id", "role", "is_active"])
    static let kind = RecordKind.professional

    static func key(of professional: Professional) -> String { professional.id.rawValue }

    static func bind(_ professional: Professional, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) {
        binder.bind(professional.id)
        binder.bind(professional.name)
        binder.bind(professional.partner)
        binder.bind(professional.role)
        binder.bind(professional.isActive)
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> Professional {
        Professional(
            id: Professional.ID(try reader.key()), name: try reader.text(), partner: try reader.id(), role: try reader.value(),
            isActive: try reader.bool()
        )
    }
}
