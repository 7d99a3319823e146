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
        return try write(
            target, over: existing, kind: .signal, id: target.id.rawValue, legacyID: values.legacyID, row: row, column: column,
            update: transaction.signals.update, restore: Undo.restoreSignal,
            insert: transaction.signals.insert, delete: .deleteSignal(target.id, legacyID: values.legacyID))
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
        return try write(
            target, over: existing, kind: .plan, id: target.id.rawValue, legacyID: values.legacyID, row: row, column: column,
            update: transaction.plans.update, restore: Undo.restorePlan,
            insert: transaction.plans.insert, delete: .deletePlan(target.id, legacyID: values.legacyID))
    }

    /// Writes a signal or plan row's `target` over the record its legacy id already names:
    /// unchanged when equal, updated (with undo and provenance) unless the strategy only
    /// creates, and inserted when there is none.
    private func write<Record: Equatable & Encodable>(
        _ target: Record, over existing: Record?, kind: RecordKind, id: String, legacyID: String, row: ValidatedRow, column: String?,
        update: (Record) throws -> Void, restore: (Record) -> Undo, insert: (Record) throws -> Void, delete: Undo
    ) throws -> RowOutcome {
        if let existing {
            if existing == target {
                count(kind, .unchanged)
                return .unchanged
            }
            guard settings.strategy != .create else {
                throw rejection(
                    .recordExists, "A \(kind.rawValue) with this record id exists with other values, and --strategy create never changes existing records.",
                    row: row, column: column)
            }
            try update(target)
            recordUndo(restore(existing))
            try provenance(kind, id: id, legacyID: legacyID, row: row, previous: existing)
            count(kind, .updated)
            return .updated
        }
        try insert(target)
        recordUndo(delete)
        noteCreated(kind, legacyID, id: id)
        try provenance(kind, id: id, legacyID: legacyID, row: row, previous: nil as Record?)
        count(kind, .created)
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
