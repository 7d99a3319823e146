import Buurtkracht

/// Self-help groups in the `self_help_group` table: the group's own fields in columns, and its
/// facilitators, members, waiting list and attendance in one JSON column, `details`.
///
/// Membership changes rewrite the group as a whole (the waiting list moves up in order), a
/// group has at most a few dozen members, and a municipality a few hundred groups, so child
/// tables would add look-ups without serving a query; "groups of this client" filters the
/// decoded groups instead.
enum GroupTable: TableMapping {
    static let sql = TableSQL(
        table: "self_help_group",
        columns: [
            "id", "name", "theme", "organiser_id", "location", "neighbourhood",
            "schedule_weekday", "schedule_hour", "schedule_minute", "schedule_frequency", "capacity", "details",
        ]
    )
    static let kind = RecordKind.group

    /// The children of a group, stored as JSON.
    private struct Details: Codable {
        var facilitators: [Volunteer.ID]
        var members: [Membership]
        var waitingList: [Membership]
        var meetings: [GroupMeeting]
    }

    static func key(of group: SelfHelpGroup) -> String { group.id.rawValue }

    static func bind(_ group: SelfHelpGroup, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) throws {
        binder.bind(group.id)
        binder.bind(group.name)
        binder.bind(group.theme)
        binder.bind(group.organiser)
        binder.bind(group.location)
        binder.bind(group.neighbourhood)
        binder.bind(group.schedule.weekday)
        binder.bind(group.schedule.hour)
        binder.bind(group.schedule.minute)
        binder.bind(group.schedule.frequency)
        binder.bind(group.capacity)
        let details = Details(
            facilitators: group.facilitators, members: group.members, waitingList: group.waitingList, meetings: group.meetings
        )
        binder.bindJSON(try JSONColumn.encode(details, kind: kind, column: "details"))
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> SelfHelpGroup {
        let id = SelfHelpGroup.ID(try reader.key())
        let name = try reader.text()
        let theme: GroupTheme = try reader.value()
        let organiser: Partner.ID = try reader.id()
        let location = try reader.text()
        let neighbourhood = try reader.validated { try NeighbourhoodCode($0) }
        let schedule = MeetingSchedule(
            weekday: try reader.int(), hour: try reader.int(), minute: try reader.int(), frequency: try reader.value()
        )
        let capacity = try reader.int()
        let details: Details = try reader.json()
        let group = SelfHelpGroup(
            id: id, name: name, theme: theme, organiser: organiser, facilitators: details.facilitators,
            location: location, neighbourhood: neighbourhood, schedule: schedule, capacity: capacity
        )
        return SelfHelpGroup(
            restoring: group, members: details.members, waitingList: details.waitingList, meetings: details.meetings
        )
    }
}
