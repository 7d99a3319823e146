public import Foundation

/// The people and organisations around a client: record ties, see who is involved with a
/// household, and find who is isolated.
public struct NetworkService: Sendable {
    let runner: ServiceRunner

    /// Records a tie between a client and someone in their network. Needs
    /// ``Permission/manageNetworks`` and access to the client.
    public func addTie(
        to client: Client.ID,
        counterpart: Tie.Counterpart,
        role: String? = nil,
        frequency: ContactFrequency,
        lastContactAt: Date? = nil,
        context: AccessContext
    ) async throws -> Tie {
        try await runner.perform(context) { unit in
            let tie = Tie(
                id: unit.newID(), client: client, counterpart: counterpart, role: role, frequency: frequency,
                lastContactAt: lastContactAt, since: unit.now
            )
            let record = RecordReference(kind: .tie, id: tie.id.rawValue)
            try unit.require(.manageNetworks, for: record)
            _ = try unit.client(client, for: .create, record: record)
            try unit.transaction.network.insert(tie)
            return tie
        }
    }

    /// Records contact on a tie at the current moment, and optionally a new frequency.
    public func recordContact(on id: Tie.ID, frequency: ContactFrequency? = nil, context: AccessContext) async throws -> Tie {
        try await changeTie(id, context: context) { tie, unit in
            tie.lastContactAt = unit.now
            if let frequency { tie.frequency = frequency }
        }
    }

    /// Ends a tie.
    public func endTie(_ id: Tie.ID, context: AccessContext) async throws -> Tie {
        try await changeTie(id, context: context) { tie, unit in
            tie.endedAt = tie.endedAt ?? unit.now
        }
    }

    /// A client's ties, active and ended. Needs access to the client.
    public func ties(of client: Client.ID, context: AccessContext) async throws -> [Tie] {
        try await runner.perform(context) { unit in
            _ = try unit.client(client, for: .read)
            return try unit.transaction.network.ties(matching: TieQuery(clients: [client]))
        }
    }

    /// Everyone involved with a household: the active ties of every member, the coordinators
    /// of their open plans and the owners of open plan actions. Needs access to every member.
    public func involved(with household: Household.ID, context: AccessContext) async throws -> [Involvement] {
        try await runner.perform(context) { unit in
            let tx = unit.transaction
            guard try tx.households.household(household) != nil else {
                throw BuurtkrachtError.notFound(.household, id: household.rawValue)
            }
            let members = try tx.clients.clients(matching: ClientQuery(household: household))
            for member in members {
                try unit.requireAccess(to: member, for: .read, record: RecordReference(kind: .household, id: household.rawValue))
            }
            let memberIDs = Set(members.map(\.id))
            var involvement = InvolvementCollector()
            for tie in try tx.network.ties(matching: TieQuery(clients: memberIDs, activeOnly: true)) {
                involvement.add(tie.counterpart, role: tie.role ?? tie.counterpart.relation?.rawValue ?? "professional", client: tie.client)
            }
            var plans = try tx.plans.plans(matching: PlanQuery(household: household, phases: [.stabilise, .tackle, .letGo]))
            for member in memberIDs.sorted() {
                plans += try tx.plans.plans(matching: PlanQuery(client: member, phases: [.stabilise, .tackle, .letGo]))
            }
            for plan in plans {
                let clients = plan.subject.client.map { [$0] } ?? memberIDs.sorted()
                for client in clients {
                    involvement.add(.professional(plan.coordinator), role: "coordinator", client: client)
                    for action in plan.actions where !action.isDone {
                        switch action.owner {
                        case .professional(let id): involvement.add(.professional(id), role: "action owner", client: client)
                        case .volunteer(let id):
                            let counterpart = involvement.counterpart(ofVolunteer: id) ?? .volunteer(id, relation: .volunteer)
                            involvement.add(counterpart, role: "action owner", client: client)
                        case .client, .networkMember: break
                        }
                    }
                }
            }
            return involvement.result
        }
    }

    /// Whether a client counts as isolated under the policy. Needs access to the client.
    public func isolation(of client: Client.ID, context: AccessContext) async throws -> IsolationAssessment {
        try await runner.perform(context) { unit in
            _ = try unit.client(client, for: .read)
            return try Self.assess(client, unit: unit)
        }
    }

    /// The isolated clients of a neighbourhood among those the caller may see. Needs
    /// ``Permission/triageSignals``; clients the caller may not see are skipped before anything
    /// about them is read, and every client assessed is audited as read.
    public func isolatedClients(in neighbourhood: NeighbourhoodCode, context: AccessContext) async throws -> [IsolationAssessment] {
        try await runner.perform(context) { unit in
            try unit.require(.triageSignals, for: RecordReference(kind: .client, id: neighbourhood.rawValue))
            let clients = try unit.transaction.clients.clients(matching: ClientQuery(area: .neighbourhood(neighbourhood), statuses: [.active]))
            var isolated: [IsolationAssessment] = []
            for client in clients {
                guard case .allowed = try unit.decision(for: client) else { continue }
                try unit.requireAccess(to: client, for: .read)
                let assessment = try Self.assess(client.id, unit: unit)
                if assessment.isIsolated { isolated.append(assessment) }
            }
            return isolated
        }
    }

    static func assess(_ client: Client.ID, unit: UnitOfWork) throws -> IsolationAssessment {
        IsolationAssessment.assess(
            client: client,
            ties: try unit.transaction.network.ties(matching: TieQuery(clients: [client])),
            visits: try unit.transaction.visits.visits(matching: VisitQuery(client: client)),
            policy: unit.environment.policies.isolation,
            at: unit.now
        )
    }

    private func changeTie(_ id: Tie.ID, context: AccessContext, _ body: @escaping @Sendable (inout Tie, UnitOfWork) -> Void)
        async throws -> Tie
    {
        try await runner.perform(context) { unit in
            guard var tie = try unit.transaction.network.tie(id) else { throw BuurtkrachtError.notFound(.tie, id: id.rawValue) }
            let record = RecordReference(kind: .tie, id: id.rawValue)
            try unit.require(.manageNetworks, for: record)
            _ = try unit.client(tie.client, for: .update, record: record)
            body(&tie, unit)
            try unit.transaction.network.update(tie)
            return tie
        }
    }
}

/// Gathers involvements per counterpart, in first-seen order.
private struct InvolvementCollector {
    private var order: [Tie.Counterpart] = []
    private var roles: [Tie.Counterpart: [String]] = [:]
    private var clients: [Tie.Counterpart: [Client.ID]] = [:]

    mutating func add(_ counterpart: Tie.Counterpart, role: String, client: Client.ID) {
        if roles[counterpart] == nil { order.append(counterpart) }
        if !(roles[counterpart]?.contains(role) ?? false) { roles[counterpart, default: []].append(role) }
        if !(clients[counterpart]?.contains(client) ?? false) { clients[counterpart, default: []].append(client) }
    }

    /// The counterpart a volunteer is listed under already (as buddy or volunteer), so that a
    /// volunteer who owns an action is not listed a second time with another relation.
    func counterpart(ofVolunteer id: Volunteer.ID) -> Tie.Counterpart? {
        order.first { counterpart in
            if case .volunteer(id, _) = counterpart { true } else { false }
        }
    }

    var result: [Involvement] {
        order.map { Involvement(counterpart: $0, roles: roles[$0] ?? [], clients: clients[$0] ?? []) }
    }
}
