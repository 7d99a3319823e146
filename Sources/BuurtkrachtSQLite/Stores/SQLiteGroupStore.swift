import Buurtkracht

/// ``Buurtkracht/GroupStore`` on the `self_help_group` table. Members and the waiting list
/// live in the group's JSON details, so "groups of this client" filters the groups that the
/// theme and area select.
struct SQLiteGroupStore: GroupStore {
    let transaction: SQLiteTransaction
    private var table: RecordTable<GroupTable> { transaction.table(GroupTable.self) }

    func group(_ id: SelfHelpGroup.ID) throws -> SelfHelpGroup? {
        try table.find(id.rawValue)
    }

    func groups(matching query: GroupQuery) throws -> [SelfHelpGroup] {
        var filter = SQLFilter()
        filter.amongCases("theme", query.themes)
        filter.within("neighbourhood", query.area)
        let groups = try table.fetch(filter, orderBy: "id")
        return query.client == nil ? groups : groups.filter(query.matches)
    }

    func insert(_ group: SelfHelpGroup) throws {
        try table.insert(group)
    }

    func update(_ group: SelfHelpGroup) throws {
        try table.update(group)
    }

    func delete(_ id: SelfHelpGroup.ID) throws {
        try table.delete(id.rawValue)
    }
}
