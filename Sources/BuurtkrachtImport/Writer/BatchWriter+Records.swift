import Buurtkracht

extension BatchWriter {
    // MARK: Signals

    func writeSignal(_ values: SignalValues, row: ValidatedRow, client own: Client?) throws -> RowOutcome {
        let client = try client(for: values.clientReference, own: own, row: row, field: "client", section: "signal")
        guard let neighbourhood = values.neighbourhood ?? client.neighbourhood else {
            throw rejection(
                .missingValue, "The signal has no neighbourhood: map signal.neighbourhood, or give the client an address with a CBS code.",
                row: row, column: settings.column("neighbourhood", in: "signal"))
        }
        let column = settings.column("id", in: "signal") ?? settings.recordIDColumn
        let existingID = try existingRecord(.signal, values.legacyID, row: row, column: column)
        let existing = try existingID.flatMap { try transaction.signals.signal(Signal.ID($0)) }
        guard existing != nil || settings.strategy != .update else {
            throw rejection(.recordNotFound, "No signal has this record id yet, and --strategy update only changes existing records.", row: row, column: column)
        }
        let reporter = Reporter(kind: values.source, organisation: values.organisation)
        let observed = values.observedAt.map(at) ?? unit.now
        let reported = values.reportedAt.map(at) ?? observed
        var target =
            existing
            ?? Signal(
                id: unit.newID(), subject: .client(client.id), neighbourhood: neighbourhood, reporter: reporter,
                category: values.category, severity: values.severity, observedAt: observed, reportedAt: reported)
        target.subject = .client(client.id)
        target.neighbourhood = neighbourhood
        target.address = client.address
        target.reporter = reporter
        target.category = values.category
        target.severity = values.severity
        target.observedAt = observed
        target.reportedAt = reported
        target.summary = values.summary
        if let existing {
            if existing == target {
                count(.signal, .unchanged)
                return .unchanged
            }
            guard settings.strategy != .create else {
                throw rejection(.recordExists, "A signal with this record id exists with other values, and --strategy create never changes existing records.", row: row, column: column)
            }
            try transaction.signals.update(target)
            recordUndo(.restoreSignal(existing))
            try provenance(.signal, id: target.id.rawValue, legacyID: values.legacyID, row: row, previous: existing)
            count(.signal, .updated)
            return .updated
        }
        try transaction.signals.insert(target)
        recordUndo(.deleteSignal(target.id, legacyID: values.legacyID))
        noteCreated(.signal, values.legacyID, id: target.id.rawValue)
        try provenance(.signal, id: target.id.rawValue, legacyID: values.legacyID, row: row, previous: nil as Signal?)
        count(.signal, .created)
        return .created
    }

    // MARK: Plans

    func writePlan(_ values: PlanValues, row: ValidatedRow, client own: Client?) throws -> RowOutcome {
        let client = try client(for: values.clientReference, own: own, row: row, field: "client", section: "plan")
        guard try professionalExists(values.coordinator) else {
            throw rejection(
                .unknownReference, "The plan's coordinator is not a known professional. Map the legacy value to an existing professional's id in plan.coordinator's value map.",
                row: row, column: settings.column("coordinator", in: "plan"))
        }
        let column = settings.column("id", in: "plan") ?? settings.recordIDColumn
        let existingID = try existingRecord(.plan, values.legacyID, row: row, column: column)
        let existing = try existingID.flatMap { try transaction.plans.plan(Plan.ID($0)) }
        guard existing != nil || settings.strategy != .update else {
            throw rejection(.recordNotFound, "No plan has this record id yet, and --strategy update only changes existing records.", row: row, column: column)
        }
        let started = at(values.startedAt)
        var target = existing ?? Plan(id: unit.newID(), subject: .client(client.id), coordinator: values.coordinator, startedAt: started)
        target.subject = .client(client.id)
        target.coordinator = values.coordinator
        target.neighbourhood = values.neighbourhood ?? client.neighbourhood
        target.startedAt = started
        if let existing {
            if existing == target {
                count(.plan, .unchanged)
                return .unchanged
            }
            guard settings.strategy != .create else {
                throw rejection(.recordExists, "A plan with this record id exists with other values, and --strategy create never changes existing records.", row: row, column: column)
            }
            try transaction.plans.update(target)
            recordUndo(.restorePlan(existing))
            try provenance(.plan, id: target.id.rawValue, legacyID: values.legacyID, row: row, previous: existing)
            count(.plan, .updated)
            return .updated
        }
        try transaction.plans.insert(target)
        recordUndo(.deletePlan(target.id, legacyID: values.legacyID))
        noteCreated(.plan, values.legacyID, id: target.id.rawValue)
        try provenance(.plan, id: target.id.rawValue, legacyID: values.legacyID, row: row, previous: nil as Plan?)
        count(.plan, .created)
        return .created
    }

    // MARK: Group memberships

    func writeMembership(_ values: MembershipValues, row: ValidatedRow, client own: Client?) throws -> RowOutcome {
        let client = try client(for: values.clientReference, own: own, row: row, field: "client", section: "groupMembership")
        guard let group = try group(values.group) else {
            throw rejection(
                .unknownReference, "The group is not a known self-help group. Map the legacy value to an existing group's id in groupMembership.group's value map.",
                row: row, column: settings.column("group", in: "groupMembership"))
        }
        if group.isMember(client.id) {
            count(.group, .unchanged)
            return .unchanged
        }
        let since = values.since.map(at) ?? unit.now
        let joined = SelfHelpGroup(
            restoring: group, members: group.members + [Membership(client: client.id, since: since)],
            waitingList: group.waitingList.filter { $0.client != client.id }, meetings: group.meetings)
        try transaction.groups.update(joined)
        recordUndo(.restoreGroup(group))
        setGroup(joined)
        try provenance(
            .group, id: MembershipRecord.id(group: group.id, client: client.id), legacyID: row.legacyID, row: row,
            previous: nil as SelfHelpGroup?)
        count(.group, .created)
        return .created
    }
}

/// The provenance record id of a group membership: the group and the client, so that undo can
/// take the client out of the group again.
enum MembershipRecord {
    static func id(group: SelfHelpGroup.ID, client: Client.ID) -> String { "\(group.rawValue)#\(client.rawValue)" }

    static func parse(_ id: String) -> (SelfHelpGroup.ID, Client.ID)? {
        let parts = id.split(separator: "#", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        return (SelfHelpGroup.ID(String(parts[0])), Client.ID(String(parts[1])))
    }
}
