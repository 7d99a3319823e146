import Buurtkracht

/// Ties in clients' networks in the `tie` table; the counterpart is a kind with an id (a
/// volunteer, professional or partner) or a name (a person), and the relation.
enum TieTable: TableMapping {
    static let sql = TableSQL(
        table: "tie",
        columns: [
            "id", "client_id", "counterpart_kind", "counterpart_id", "counterpart_name", "relation",
            "role", "frequency", "last_contact_at", "since", "ended_at",
        ]
    )
    static let kind = RecordKind.tie

    static func key(of tie: Tie) -> String { tie.id.rawValue }

    static func bind(_ tie: Tie, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) {
        binder.bind(tie.id)
        binder.bind(tie.client)
        switch tie.counterpart {
        case .person(let name, let relation): bindCounterpart("person", id: nil, name: name, relation: relation, to: &binder)
        case .volunteer(let id, let relation): bindCounterpart("volunteer", id: id.rawValue, name: nil, relation: relation, to: &binder)
        case .professional(let id): bindCounterpart("professional", id: id.rawValue, name: nil, relation: nil, to: &binder)
        case .partner(let id): bindCounterpart("partner", id: id.rawValue, name: nil, relation: nil, to: &binder)
        }
        binder.bind(tie.role)
        binder.bind(tie.frequency)
        binder.bind(tie.lastContactAt)
        binder.bind(tie.since)
        binder.bind(tie.endedAt)
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> Tie {
        let id = Tie.ID(try reader.key())
        let client: Client.ID = try reader.id()
        let kind = try reader.text()
        let counterpartID = try reader.optionalText()
        let name = try reader.optionalText()
        let relation: InformalRelation? = try reader.optionalValue()
        let counterpart: Tie.Counterpart
        switch (kind, counterpartID, name, relation) {
        case ("person", _, let name?, let relation?): counterpart = .person(name: name, relation: relation)
        case ("volunteer", let id?, _, let relation?): counterpart = .volunteer(Volunteer.ID(id), relation: relation)
        case ("professional", let id?, _, _): counterpart = .professional(Professional.ID(id))
        case ("partner", let id?, _, _): counterpart = .partner(Partner.ID(id))
        default: throw reader.corrupt(column: "counterpart_kind")
        }
        return Tie(
            id: id, client: client, counterpart: counterpart, role: try reader.optionalText(), frequency: try reader.value(),
            lastContactAt: try reader.optionalDate(), since: try reader.date(), endedAt: try reader.optionalDate()
        )
    }

    private static func bindCounterpart(
        _ kind: String, id: String?, name: String?, relation: InformalRelation?, to binder: inout ParameterBinder
    ) {
        binder.bind(kind)
        binder.bind(id)
        binder.bind(name)
        binder.bind(relation)
    }
}
