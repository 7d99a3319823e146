public import Foundation

/// Outreach and home visits: record them and read them back.
public struct OutreachService: Sendable {
    let runner: ServiceRunner

    /// Records a visit. Needs ``Permission/recordVisits``; a visit to a known client or household
    /// also needs access to them (visits to an address do not).
    ///
    /// ```swift
    /// try await services.outreach.record(
    ///     subject: .address(address), signal: signalID, at: now, outcome: .contactMade,
    ///     volunteers: [expertByExperience], summary: nil, context: context
    /// )
    /// ```
    public func record(
        subject: SignalSubject,
        signal: Signal.ID? = nil,
        at moment: Date? = nil,
        outcome: VisitOutcome,
        volunteers: [Volunteer.ID] = [],
        summary: String? = nil,
        context: AccessContext
    ) async throws -> Visit {
        try await runner.perform(context) { unit in
            let tx = unit.transaction
            let id: Visit.ID = unit.newID()
            let record = RecordReference(kind: .visit, id: id.rawValue)
            try unit.require(.recordVisits, for: record)
            var neighbourhood: NeighbourhoodCode?
            switch subject {
            case .client(let clientID):
                neighbourhood = try unit.client(clientID, for: .create, record: record).neighbourhood
            case .household(let householdID):
                guard let household = try tx.households.household(householdID) else {
                    throw BuurtkrachtError.notFound(.household, id: householdID.rawValue)
                }
                for member in try tx.clients.clients(matching: ClientQuery(household: householdID)) {
                    try unit.requireAccess(to: member, for: .create, record: record)
                }
                neighbourhood = household.neighbourhood
            case .address(let address):
                neighbourhood = address.neighbourhood
                try unit.audit(.create, record: record, subject: nil, basis: .role)
            case .anonymised:
                throw BuurtkrachtError.invalidValue("subject", in: .visit, rule: "a visit is to a client, a household or an address.")
            }
            if let signal {
                guard let found = try tx.signals.signal(signal) else { throw BuurtkrachtError.notFound(.signal, id: signal.rawValue) }
                neighbourhood = neighbourhood ?? found.neighbourhood
            }
            let visit = Visit(
                id: id, subject: subject, signal: signal, neighbourhood: neighbourhood,
                professionals: [unit.context.professional], volunteers: volunteers, at: moment ?? unit.now,
                outcome: outcome, summary: summary
            )
            try tx.visits.insert(visit)
            return visit
        }
    }

    /// The visits to a client. Needs access to the client.
    public func visits(to client: Client.ID, context: AccessContext) async throws -> [Visit] {
        try await runner.perform(context) { unit in
            _ = try unit.client(client, for: .read)
            return try unit.transaction.visits.visits(matching: VisitQuery(client: client))
        }
    }
}
