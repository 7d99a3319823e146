public import Buurtkracht
import BuurtkrachtJSON
import Foundation

/// What undoing a run did.
public struct UndoReport: Sendable, Hashable, Codable {
    /// The run undone.
    public var run: ImportRun.ID
    /// Records removed (the run created them), per kind.
    public var removed: [String: Int]
    /// Records restored to the version before the run (the run updated them), per kind.
    public var restored: [String: Int]
}

extension Importer {
    /// The import runs, oldest first. Needs ``Buurtkracht/Permission/importRecords``.
    public func runs(context: AccessContext) async throws -> [ImportRun] {
        try await services.perform(context) { unit in
            try unit.require(.importRecords, for: RecordReference(kind: .importRun, id: "*"))
            return try unit.transaction.imports.runs()
        }
    }

    /// Undoes a run in one unit of work: removes the records it created, restores the records it
    /// updated to the version before it, removes its provenance, and marks it undone.
    ///
    /// Refused (``ImportError/Code/undoRefused``) when the run is undone already, when a later
    /// run that is not undone changed the same records (undo that one first), or when records the
    /// run created have since been given signals or plans that the run did not make.
    ///
    /// ```swift
    /// let report = try await importer.undo("run-3f9a1c2e7b-5d0c1a-01", context: dataOfficer)
    /// ```
    public func undo(_ id: ImportRun.ID, context: AccessContext) async throws -> UndoReport {
        try await services.perform(context) { unit in
            try unit.require(.importRecords, for: RecordReference(kind: .importRun, id: id.rawValue))
            let tx = unit.transaction
            guard var run = try tx.imports.run(id) else {
                throw ImportError(code: .runNotFound, message: "No import run has this id. List the runs with `buurtkracht import runs`.", context: ["run": id.rawValue])
            }
            guard run.status != .undone else {
                throw ImportError(code: .undoRefused, message: "The run was undone already.", context: ["run": id.rawValue])
            }
            let later = Set(try tx.imports.runs().filter { $0.id != id && $0.startedAt > run.startedAt && $0.status != .undone }.map(\.id))
            var report = UndoReport(run: id, removed: [:], restored: [:])
            let lastRow = run.checkpoint?.row ?? 0
            let page = 10_000
            var first = 0
            let decoder = JSONCDecoder()
            while first <= lastRow {
                let rows = first...(first + page - 1)
                let query = ProvenanceQuery(run: id, rows: rows)
                let items = try tx.imports.provenance(matching: query).filter(query.matches)
                first += page
                guard !items.isEmpty else { continue }
                try refuseIfChangedLater(items, run: run, later: later, in: tx)
                for item in items.reversed() {
                    try undo(item, run: run, decoder: decoder, in: tx)
                    let kind = item.record.kind.rawValue
                    if item.change == .created { report.removed[kind, default: 0] += 1 } else { report.restored[kind, default: 0] += 1 }
                }
                // The ledger removes a record's provenance of every run; put back that of other runs.
                let records = Set(items.map(\.record))
                let others = ProvenanceQuery(sourceSystem: run.sourceSystem, legacyIDs: Set(items.map(\.legacyID)))
                let kept = try tx.imports.provenance(matching: others).filter { $0.run != id && records.contains($0.record) && others.matches($0) }
                try tx.imports.deleteProvenance(of: Array(records))
                if !kept.isEmpty { try tx.imports.record(kept) }
            }
            run.status = .undone
            run.finishedAt = run.finishedAt ?? unit.now
            try tx.imports.update(run)
            try unit.audit(.delete, record: RecordReference(kind: .importRun, id: id.rawValue), subject: nil, basis: nil, detail: "undo")
            return report
        }
    }

    private func refuseIfChangedLater(_ items: [ImportProvenance], run: ImportRun, later: Set<ImportRun.ID>, in tx: any StorageTransaction) throws {
        guard !later.isEmpty else { return }
        let query = ProvenanceQuery(sourceSystem: run.sourceSystem, legacyIDs: Set(items.map(\.legacyID)))
        let records = Set(items.map(\.record))
        if let blocking = try tx.imports.provenance(matching: query).first(where: { later.contains($0.run) && records.contains($0.record) }) {
            throw ImportError(
                code: .undoRefused,
                message: "A later run (\(blocking.run)) changed records of this run. Undo that run first, then this one.",
                context: ["run": run.id.rawValue, "later": blocking.run.rawValue])
        }
    }

    private func undo(_ item: ImportProvenance, run: ImportRun, decoder: JSONCDecoder, in tx: any StorageTransaction) throws {
        let id = item.record.id
        func previous<T: Decodable>(_ type: T.Type) throws -> T {
            guard let data = item.previousVersion else {
                throw ImportError(code: .undoRefused, message: "The run's provenance lacks the version before an update; it cannot be restored.", context: ["record": item.record.description])
            }
            return try decoder.decode(T.self, from: data)
        }
        switch (item.record.kind, item.change) {
        case (.client, .created):
            let client = Client.ID(id)
            let signals = try tx.signals.signals(matching: SignalQuery(client: client))
            let plans = try tx.plans.plans(matching: PlanQuery(client: client))
            let own = Set(try tx.imports.provenance(matching: ProvenanceQuery(run: run.id, sourceSystem: run.sourceSystem, legacyID: item.legacyID)).map(\.record.id))
            if signals.contains(where: { !own.contains($0.id.rawValue) }) || plans.contains(where: { !own.contains($0.id.rawValue) }) {
                throw ImportError(
                    code: .undoRefused,
                    message: "Client \(id), created by this run, has since been given signals or plans; undoing would leave them without their client. Close or move them first.",
                    context: ["run": run.id.rawValue, "client": id])
            }
            if try tx.clients.client(client) != nil { try tx.clients.delete(client) }
        case (.client, .updated): try tx.clients.update(try previous(Client.self))
        case (.household, .created): if try tx.households.household(Household.ID(id)) != nil { try tx.households.delete(Household.ID(id)) }
        case (.household, .updated): try tx.households.update(try previous(Household.self))
        case (.signal, .created): if try tx.signals.signal(Signal.ID(id)) != nil { try tx.signals.delete(Signal.ID(id)) }
        case (.signal, .updated): try tx.signals.update(try previous(Signal.self))
        case (.plan, .created): if try tx.plans.plan(Plan.ID(id)) != nil { try tx.plans.delete(Plan.ID(id)) }
        case (.plan, .updated): try tx.plans.update(try previous(Plan.self))
        case (.duplicate, _): if try tx.duplicates.duplicate(PossibleDuplicate.ID(id)) != nil { try tx.duplicates.delete(PossibleDuplicate.ID(id)) }
        case (.group, _):
            guard let (groupID, client) = MembershipRecord.parse(id), let group = try tx.groups.group(groupID) else { return }
            try tx.groups.update(
                SelfHelpGroup(restoring: group, members: group.members.filter { $0.client != client }, waitingList: group.waitingList, meetings: group.meetings))
        default:
            break
        }
    }
}
