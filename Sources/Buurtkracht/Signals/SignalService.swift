import Foundation

/// Signals of concern: reporting, the neighbourhood's triage queue, and the workflow from
/// triage to a closing result.
public struct SignalService: Sendable {
    let runner: ServiceRunner

    /// Reports a signal: computes its contact deadline from the policy, and recognises a repeat
    /// arrears signal that has not grown, which is stored as merged into the earlier one and opens
    /// no new case.
    ///
    /// Anyone may report a signal about an address. A signal about a known client or household
    /// reveals that the person is known, so it needs access to that client (or every member).
    ///
    /// - Throws: ``BuurtkrachtError/Code/missingField`` when no neighbourhood can be found from the
    ///   report, the address or the subject.
    public func report(_ report: SignalReport, context: AccessContext) async throws -> SignalReportOutcome {
        try await runner.perform(context) { unit in
            let tx = unit.transaction
            let id: Signal.ID = unit.newID()
            let record = RecordReference(kind: .signal, id: id.rawValue)
            var address = report.address
            var subjectClient: Client.ID?
            switch report.subject {
            case .client(let clientID):
                let client = try unit.client(clientID, for: .create, record: record)
                address = address ?? client.address
                subjectClient = client.id
            case .household(let householdID):
                guard let household = try tx.households.household(householdID) else {
                    throw BuurtkrachtError.notFound(.household, id: householdID.rawValue)
                }
                for member in try tx.clients.clients(matching: ClientQuery(household: householdID)) {
                    try unit.requireAccess(to: member, for: .create, record: record)
                }
                address = address ?? household.address
            case .address(let subjectAddress):
                address = address ?? subjectAddress
            case .anonymised:
                throw BuurtkrachtError.invalidValue("subject", in: .signal, rule: "a new signal must be about a client, a household or an address.")
            }
            guard let neighbourhood = report.neighbourhood ?? address?.neighbourhood else {
                throw BuurtkrachtError.missingField("neighbourhood", in: .signal)
            }
            var signal = Signal(
                id: id, subject: report.subject, neighbourhood: neighbourhood, address: address,
                reporter: report.reporter, category: report.category, severity: report.severity,
                observedAt: report.observedAt, reportedAt: unit.now, summary: report.summary, arrears: report.arrears
            )
            signal.contactDeadline = unit.environment.policies.contactDeadlines.deadline(
                for: signal, in: unit.environment.timeZone
            )
            let previous = try repeatCandidates(for: signal, unit: unit).last {
                unit.environment.policies.triage.isRepeat(signal, of: $0)
            }
            if let previous {
                try signal.merge(into: previous.id, reason: "Repeat arrears signal; the arrears have not grown.", by: nil, at: unit.now)
            }
            try tx.signals.insert(signal)
            if subjectClient == nil {
                try unit.audit(.create, record: record, subject: nil, basis: .role)
            }
            return SignalReportOutcome(signal: signal, repeatOf: previous?.id)
        }
    }

    private func repeatCandidates(for signal: Signal, unit: UnitOfWork) throws -> [Signal] {
        guard signal.category == .paymentArrears, signal.arrears != nil else { return [] }
        var query = SignalQuery(
            categories: [.paymentArrears],
            reportedFrom: signal.reportedAt.addingTimeInterval(-unit.environment.policies.triage.repeatWindow.timeInterval)
        )
        if let key = signal.address?.key {
            query.addressKey = key
        } else if let client = signal.subject.client {
            query.client = client
        } else if let household = signal.subject.household {
            query.household = household
        } else {
            return []
        }
        return try unit.transaction.signals.signals(matching: query)
    }

    /// The neighbourhood's triage queue: open signals fused per dwelling, most urgent first (see
    /// ``TriageQueue``). Needs ``Permission/triageSignals``; every listed signal is audited as read.
    public func triageQueue(for neighbourhood: NeighbourhoodCode, context: AccessContext) async throws -> [TriageItem] {
        try await runner.perform(context) { unit in
            try unit.require(.triageSignals, for: RecordReference(kind: .triageQueue, id: neighbourhood.rawValue))
            let windowStart = unit.now.addingTimeInterval(-unit.environment.policies.triage.fusionWindow.timeInterval)
            let candidates = try unit.transaction.signals.triageCandidates(in: neighbourhood, observedFrom: windowStart)
            let items = TriageQueue(policy: unit.environment.policies.triage).items(from: candidates, now: unit.now)
            for item in items {
                for id in item.signals {
                    try unit.audit(.read, record: RecordReference(kind: .signal, id: id.rawValue), subject: item.subject.client, basis: .role)
                }
            }
            return items
        }
    }

    /// One signal. Needs ``Permission/triageSignals``.
    public func signal(_ id: Signal.ID, context: AccessContext) async throws -> Signal {
        try await change(id, action: .read, context: context) { _, _ in }
    }

    /// The signals about a client. Needs access to the client.
    public func signals(about client: Client.ID, context: AccessContext) async throws -> [Signal] {
        try await runner.perform(context) { unit in
            _ = try unit.client(client, for: .read)
            return try unit.transaction.signals.signals(matching: SignalQuery(client: client))
        }
    }

    /// Marks a signal as discussed in the signal meeting (new → triaged), optionally with a new
    /// severity and the professional who will make contact. Needs ``Permission/triageSignals``.
    public func triage(_ id: Signal.ID, severity: Severity? = nil, assignee: Professional.ID?, context: AccessContext)
        async throws -> Signal
    {
        try await change(id, action: .update, context: context) { signal, unit in
            try signal.triage(severity: severity, assignee: assignee, at: unit.now)
        }
    }

    /// Records a contact attempt (the first moves the signal to contact attempted). Needs
    /// ``Permission/triageSignals``.
    public func recordContactAttempt(_ id: Signal.ID, channel: ContactChannel, reached: Bool, context: AccessContext)
        async throws -> Signal
    {
        try await change(id, action: .update, context: context) { signal, unit in
            try signal.record(ContactAttempt(channel: channel, at: unit.now, reached: reached, by: unit.context.professional))
        }
    }

    /// Closes a case as referred or as needing no action, with a stated result. Needs
    /// ``Permission/triageSignals``.
    public func close(_ id: Signal.ID, as outcome: Signal.Outcome, summary: String?, context: AccessContext)
        async throws -> Signal
    {
        try await change(id, action: .update, context: context) { signal, unit in
            try signal.close(as: outcome, summary: summary, by: unit.context.professional, at: unit.now)
        }
    }

    /// Merges a duplicate signal into another open or recent one. Needs ``Permission/triageSignals``.
    public func merge(_ id: Signal.ID, into other: Signal.ID, context: AccessContext) async throws -> Signal {
        try await change(id, action: .update, context: context) { signal, unit in
            guard try unit.transaction.signals.signal(other) != nil else {
                throw BuurtkrachtError.notFound(.signal, id: other.rawValue)
            }
            try signal.merge(into: other, reason: "Merged as a duplicate.", by: unit.context.professional, at: unit.now)
        }
    }

    private func change(
        _ id: Signal.ID,
        action: AuditAction,
        context: AccessContext,
        _ body: @escaping @Sendable (inout Signal, UnitOfWork) throws -> Void
    ) async throws -> Signal {
        try await runner.perform(context) { unit in
            let record = RecordReference(kind: .signal, id: id.rawValue)
            try unit.require(.triageSignals, for: record)
            guard var signal = try unit.transaction.signals.signal(id) else {
                throw BuurtkrachtError.notFound(.signal, id: id.rawValue)
            }
            try body(&signal, unit)
            if action != .read { try unit.transaction.signals.update(signal) }
            try unit.audit(action, record: record, subject: signal.subject.client, basis: .role)
            return signal
        }
    }
}
