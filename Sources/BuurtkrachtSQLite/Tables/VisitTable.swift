import Buurtkracht

/// Outreach and home visits in the `visit` table; the professionals and volunteers present
/// are short JSON arrays of ids.
enum VisitTable: TableMapping {
    static let sql = TableSQL(
        table: "visit",
        columns: ["id"] + SubjectColumns.namesWithAddress
            + ["signal_id", "neighbourhood", "professional_ids", "volunteer_ids", "at", "outcome", "summary"]
    )
    static let kind = RecordKind.visit

    /// Time, then identifier: the order of ``Buurtkracht/VisitQuery/precedes(_:_:)``.
    static let order = "at, id"

    static func key(of visit: Visit) -> String { visit.id.rawValue }

    static func bind(_ visit: Visit, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) throws {
        binder.bind(visit.id)
        SubjectColumns.bind(visit.subject, to: &binder)
        binder.bind(visit.signal)
        binder.bind(visit.neighbourhood)
        binder.bindJSON(try JSONColumn.encode(visit.professionals, kind: kind, column: "professional_ids"))
        binder.bindJSON(try JSONColumn.encode(visit.volunteers, kind: kind, column: "volunteer_ids"))
        binder.bind(visit.at)
        binder.bind(visit.outcome)
        binder.bind(visit.summary)
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> Visit {
        Visit(
            id: Visit.ID(try reader.key()),
            subject: try SubjectColumns.readSignalSubject(&reader),
            signal: try reader.optionalID(),
            neighbourhood: try reader.optionalValidated { try NeighbourhoodCode($0) },
            professionals: try reader.json(),
            volunteers: try reader.json(),
            at: try reader.date(),
            outcome: try reader.value(),
            summary: try reader.optionalText()
        )
    }
}
