import Buurtkracht

/// ``Buurtkracht/NetworkStore`` on the `tie` and `volunteer` tables.
struct SQLiteNetworkStore: NetworkStore {
    let transaction: SQLiteTransaction
    private var tieTable: RecordTable<TieTable> { transaction.table(TieTable.self) }
    private var volunteerTable: RecordTable<VolunteerTable> { transaction.table(VolunteerTable.self) }

    func tie(_ id: Tie.ID) throws -> Tie? {
        try tieTable.find(id.rawValue)
    }

    func ties(matching query: TieQuery) throws -> [Tie] {
        var filter = SQLFilter()
        filter.among("client_id", query.clients)
        if let volunteers = query.volunteers {
            filter.add("counterpart_kind = 'volunteer'")
            filter.among("counterpart_id", volunteers)
        }
        if let professional = query.professional {
            filter.add("counterpart_kind = 'professional' AND counterpart_id = ?", .text(professional.rawValue))
        }
        if query.activeOnly { filter.add("ended_at IS NULL") }
        return try tieTable.fetch(filter, orderBy: "id")
    }

    func insert(_ tie: Tie) throws {
        try tieTable.insert(tie)
    }

    func update(_ tie: Tie) throws {
        try tieTable.update(tie)
    }

    func delete(_ id: Tie.ID) throws {
        try tieTable.delete(id.rawValue)
    }

    func volunteer(_ id: Volunteer.ID) throws -> Volunteer? {
        try volunteerTable.find(id.rawValue)
    }

    func volunteers(matching query: VolunteerQuery) throws -> [Volunteer] {
        var filter = SQLFilter()
        filter.within("neighbourhood", query.area)
        if let skill = query.skill {
            filter.add("EXISTS (SELECT 1 FROM json_each(volunteer.skills) WHERE json_each.value = ?)", .text(skill.rawValue))
        }
        if query.activeOnly { filter.add("is_active = 1") }
        return try volunteerTable.fetch(filter, orderBy: "id")
    }

    func insert(_ volunteer: Volunteer) throws {
        try volunteerTable.insert(volunteer)
    }

    func update(_ volunteer: Volunteer) throws {
        try volunteerTable.update(volunteer)
    }

    func delete(_ id: Volunteer.ID) throws {
        try volunteerTable.delete(id.rawValue)
    }
}
