/// Self-help groups: create them, find one that fits a client, enrol, leave, and record
/// attendance.
///
/// Who is in a group reveals what they struggle with, so member lists are shown only to the
/// organising partner's group coordinators; everyone else sees ``GroupSummary`` values.
public struct GroupService: Sendable {
    let runner: ServiceRunner

    /// Creates a group organised by the caller's partner. Needs ``Permission/manageGroups``.
    public func create(
        name: String,
        theme: GroupTheme,
        facilitators: [Volunteer.ID] = [],
        location: String,
        neighbourhood: NeighbourhoodCode,
        schedule: MeetingSchedule,
        capacity: Int,
        context: AccessContext
    ) async throws -> SelfHelpGroup {
        try await runner.perform(context) { unit in
            let group = SelfHelpGroup(
                id: unit.newID(), name: name, theme: theme, organiser: unit.context.partner, facilitators: facilitators,
                location: location, neighbourhood: neighbourhood, schedule: schedule, capacity: capacity
            )
            let record = RecordReference(kind: .group, id: group.id.rawValue)
            try unit.require(.manageGroups, for: record)
            guard !name.isBlank else { throw BuurtkrachtError.missingField("name", in: .group) }
            guard capacity > 0 else {
                throw BuurtkrachtError.invalidValue("capacity", in: .group, rule: "a group takes at least one member.")
            }
            try schedule.validate()
            for facilitator in facilitators where try unit.transaction.network.volunteer(facilitator) == nil {
                throw BuurtkrachtError.notFound(.volunteer, id: facilitator.rawValue)
            }
            try unit.transaction.groups.insert(group)
            try unit.audit(.create, record: record, subject: nil, basis: .role)
            return group
        }
    }

    /// The groups in an area, on some themes, without their members. Open to every professional.
    public func groups(in area: AreaFilter, themes: Set<GroupTheme>? = nil, context: AccessContext) async throws -> [GroupSummary] {
        try await runner.storage.read { tx in
            try tx.groups.groups(matching: GroupQuery(themes: themes, area: area)).map(GroupSummary.init)
        }
    }

    /// The group with its members, waiting list and attendance. Needs ``Permission/manageGroups``
    /// and to act for the organising partner; every member is audited as read.
    public func group(_ id: SelfHelpGroup.ID, context: AccessContext) async throws -> SelfHelpGroup {
        try await changeAsOrganiser(id, action: .read, context: context) { _, _ in }
    }

    /// Groups that fit a client on some themes, best first (see ``GroupMatch/rank(_:themes:near:)``).
    /// Needs access to the client, whose neighbourhood is used.
    public func match(_ client: Client.ID, themes: Set<GroupTheme>, context: AccessContext) async throws -> [GroupMatch] {
        try await runner.perform(context) { unit in
            let found = try unit.client(client, for: .read)
            guard let neighbourhood = found.neighbourhood else {
                throw BuurtkrachtError.missingField("address.neighbourhood", in: .client)
            }
            let groups = try unit.transaction.groups.groups(
                matching: GroupQuery(themes: themes, area: .municipality(neighbourhood.municipality))
            )
            return GroupMatch.rank(groups, themes: themes, near: neighbourhood)
        }
    }

    /// Enrols a client: a member while there is a free place, else on the waiting list. Needs
    /// access to the client.
    public func enrol(_ client: Client.ID, in id: SelfHelpGroup.ID, context: AccessContext) async throws
        -> SelfHelpGroup.Enrolment
    {
        try await runner.perform(context) { unit in
            _ = try unit.client(client, for: .update, record: RecordReference(kind: .group, id: id.rawValue))
            guard var group = try unit.transaction.groups.group(id) else { throw BuurtkrachtError.notFound(.group, id: id.rawValue) }
            let enrolment = try group.enrol(client, at: unit.now)
            try unit.transaction.groups.update(group)
            return enrolment
        }
    }

    /// Takes a client out of a group or its waiting list; the first waiting client moves up into
    /// a freed place. Needs access to the client.
    ///
    /// - Returns: the client who moved up, if any.
    public func leave(_ client: Client.ID, group id: SelfHelpGroup.ID, context: AccessContext) async throws -> Client.ID? {
        try await runner.perform(context) { unit in
            _ = try unit.client(client, for: .update, record: RecordReference(kind: .group, id: id.rawValue))
            guard var group = try unit.transaction.groups.group(id) else { throw BuurtkrachtError.notFound(.group, id: id.rawValue) }
            let movedUp = try group.remove(client, at: unit.now)
            try unit.transaction.groups.update(group)
            return movedUp
        }
    }

    /// Records who attended a meeting. Needs ``Permission/manageGroups`` and to act for the
    /// organising partner.
    public func recordAttendance(of id: SelfHelpGroup.ID, on date: CalendarDate, present: Set<Client.ID>, context: AccessContext)
        async throws -> SelfHelpGroup
    {
        try await changeAsOrganiser(id, action: .update, context: context) { group, _ in
            try group.recordAttendance(GroupMeeting(date: date, present: present))
        }
    }

    private func changeAsOrganiser(
        _ id: SelfHelpGroup.ID,
        action: AuditAction,
        context: AccessContext,
        _ body: @escaping @Sendable (inout SelfHelpGroup, UnitOfWork) throws -> Void
    ) async throws -> SelfHelpGroup {
        try await runner.perform(context) { unit in
            let record = RecordReference(kind: .group, id: id.rawValue)
            try unit.require(.manageGroups, for: record)
            guard var group = try unit.transaction.groups.group(id) else { throw BuurtkrachtError.notFound(.group, id: id.rawValue) }
            guard group.organiser == unit.context.partner else {
                throw AccessDenial(reason: .notOrganiser, action: action, record: record, subject: nil, permission: nil)
            }
            try body(&group, unit)
            if action != .read { try unit.transaction.groups.update(group) }
            for member in group.members.map(\.client) + group.waitingList.map(\.client) {
                try unit.audit(action, record: record, subject: member, basis: .role)
            }
            return group
        }
    }
}
