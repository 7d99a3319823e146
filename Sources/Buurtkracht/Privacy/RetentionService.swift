import Foundation

/// Applies a ``RetentionPolicy``: erases the data of clients whose plans closed long ago and
/// anonymises old signals that led to no action, reusing the erasure machinery.
///
/// ```swift
/// let preview = try await services.retention.apply(policy, dryRun: true, context: dataOfficer)
/// print(preview.clients.count, preview.signals.count)
/// ```
public struct RetentionService: Sendable {
    let runner: ServiceRunner

    /// Applies `policy` at the environment clock's moment, in one unit of work. Needs
    /// ``Permission/handleSubjectRequests``. In a `dryRun` nothing changes; the report lists
    /// what would go, and the dry run itself is audited.
    ///
    /// Clients are erased as by ``ErasureService/erase(client:reason:context:)`` with reason
    /// ``ErasureReason/retentionExpired`` when every plan about them (or their household) closed
    /// before the plan cutoff and no signal about them is still open. Signals closed as needing
    /// no action before the signal cutoff, and not about such a client, get an anonymised subject
    /// and lose address and free texts; each is audited.
    public func apply(_ policy: RetentionPolicy, dryRun: Bool, context: AccessContext) async throws -> RetentionReport {
        try await runner.perform(context) { unit in
            try unit.require(.handleSubjectRequests, for: RecordReference(kind: .client, id: "*"))
            let tx = unit.transaction
            let timeZone = unit.environment.timeZone
            let clients = try expiredClients(before: policy.planCutoff(now: unit.now, timeZone: timeZone), in: tx)
            let signalCutoff = policy.signalCutoff(now: unit.now, timeZone: timeZone)
            let erased = Set(clients.map(\.id))
            let signals = try tx.signals.signals(matching: SignalQuery(statuses: [.noActionNeeded])).filter { signal in
                signal.statusChangedAt < signalCutoff && signal.subject != .anonymised
                    && !(signal.subject.client.map(erased.contains) ?? false)
            }
            guard !dryRun else {
                try unit.audit(.read, record: RecordReference(kind: .client, id: "*"), subject: nil, basis: .role, detail: "retentionDryRun")
                return RetentionReport(dryRun: true, clients: clients.map(\.id), signals: signals.map(\.id))
            }
            for var signal in signals {
                signal.anonymise(as: .anonymised)
                try tx.signals.update(signal)
                try tx.imports.deleteProvenance(of: [RecordReference(kind: .signal, id: signal.id.rawValue)])
                try unit.audit(.erase, record: RecordReference(kind: .signal, id: signal.id.rawValue), subject: nil, basis: .role,
                               detail: ErasureReason.retentionExpired.rawValue)
            }
            let eraser = SubjectEraser(unit: unit)
            let erasures = try clients.map { try eraser.erase($0, reason: .retentionExpired) }
            return RetentionReport(dryRun: false, clients: clients.map(\.id), signals: signals.map(\.id), erasures: erasures)
        }
    }

    /// Clients whose every plan closed before `cutoff` (at least one did) and who have no open signal.
    private func expiredClients(before cutoff: Date, in tx: any StorageTransaction) throws -> [Client] {
        let closed = try tx.plans.plans(matching: PlanQuery(phases: [.closed])).filter { ($0.closure?.closedAt ?? cutoff) < cutoff }
        var candidates: Set<Client.ID> = []
        for plan in closed {
            switch plan.subject {
            case .client(let client): candidates.insert(client)
            case .household(let household):
                candidates.formUnion(try tx.clients.clients(matching: ClientQuery(household: household)).map(\.id))
            }
        }
        return try candidates.sorted().compactMap { id -> Client? in
            guard let client = try tx.clients.client(id) else { return nil }
            var plans = try tx.plans.plans(matching: PlanQuery(client: id))
            if let household = client.household { plans += try tx.plans.plans(matching: PlanQuery(household: household)) }
            let allExpired = plans.allSatisfy { ($0.closure?.closedAt).map { $0 < cutoff } ?? false }
            let openSignal = try tx.signals.signals(matching: SignalQuery(client: id)).contains(where: \.isOpen)
            return allExpired && !openSignal ? client : nil
        }
    }
}
