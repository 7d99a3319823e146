import Buurtkracht

/// Volunteers in the `volunteer` table; skills are a JSON array of their names, since a
/// municipality may name its own (`"fietsen"`), and are matched with `json_each`.
enum VolunteerTable: TableMapping {
    static let sql = TableSQL(
        table: "volunteer", columns: ["id", "name", "skills", "neighbourhood", "capacity", "is_active"]
    )
    static let kind = RecordKind.volunteer

    static func key(of volunteer: Volunteer) -> String { volunteer.id.rawValue }

    static func bind(_ volunteer: Volunteer, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) throws {
        binder.bind(volunteer.id)
        binder.bind(volunteer.name)
        binder.bindJSON(try JSONColumn.encode(volunteer.skills.map(\.rawValue).sorted(), kind: kind, column: "skills"))
        binder.bind(volunteer.neighbourhood)
        binder.bind(volunteer.capacity)
        binder.bind(volunteer.isActive)
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> Volunteer {
        Volunteer(
            id: Volunteer.ID(try reader.key()),
            name: try reader.text(),
            skills: Set(try reader.json([String].self).map(Skill.init(rawValue:))),
            neighbourhood: try reader.validated { try NeighbourhoodCode($0) },
            capacity: try reader.int(),
            isActive: try reader.bool()
        )
    }
}
