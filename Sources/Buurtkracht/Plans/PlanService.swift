import Foundation

/// Guidance plans: create them, set goals with readiness and guidance style, plan actions and
/// agreements, record evaluations, and move through the phases.
///
/// The caller who creates a plan becomes its coordinator; from then on they may see the
/// client's data through the plan. Others need the client's consent for their partner and
/// purpose.
public struct PlanService: Sendable {
    let runner: ServiceRunner

    /// Starts a plan for a client or household, with the caller as coordinator. Needs
    /// ``Permission/makePlans`` and access to the client (or to every household member).
    public func create(
        for subject: PlanSubject,
        programme: Programme? = nil,
        guidanceModel: GuidanceModel = .herseyBlanchard,
        context: AccessContext
    ) async throws -> Plan {
        try await runner.perform(context) { unit in
            let id: Plan.ID = unit.newID()
            let record = RecordReference(kind: .plan, id: id.rawValue)
            try unit.require(.makePlans, for: record)
            let neighbourhood: NeighbourhoodCode?
            switch subject {
            case .client(let clientID):
                neighbourhood = try unit.client(clientID, for: .create, record: record).neighbourhood
            case .household(let householdID):
                guard let household = try unit.transaction.households.household(householdID) else {
                    throw BuurtkrachtError.notFound(.household, id: householdID.rawValue)
                }
                for member in try unit.transaction.clients.clients(matching: ClientQuery(household: householdID)) {
                    try unit.requireAccess(to: member, for: .create, record: record)
                }
                neighbourhood = household.neighbourhood
            }
            let plan = Plan(
                id: id, subject: subject, coordinator: unit.context.professional, neighbourhood: neighbourhood,
                programme: programme, guidanceModel: guidanceModel, startedAt: unit.now
            )
            try unit.transaction.plans.insert(plan)
            return plan
        }
    }

    /// The plan. Its coordinator, and whoever may see its client (or every household member), may read it.
    public func plan(_ id: Plan.ID, context: AccessContext) async throws -> Plan {
        try await change(id, action: .read, context: context) { _, _ in }
    }

    /// Adds a goal in a life domain; its guidance style follows from the readiness through the
    /// plan's model.
    public func addGoal(
        to id: Plan.ID,
        domain: LifeDomain,
        description: String,
        baseline: SelfSufficiency,
        target: SelfSufficiency,
        readiness: Readiness,
        context: AccessContext
    ) async throws -> Plan {
        try await change(id, action: .update, context: context) { plan, unit in
            plan.addGoal(
                Goal(
                    id: unit.newID(), domain: domain, description: description, baseline: baseline, target: target,
                    readiness: readiness, model: plan.guidanceModel, createdAt: unit.now
                )
            )
        }
    }

    /// Records new readiness for a goal; the style follows.
    public func updateReadiness(of goal: Goal.ID, in id: Plan.ID, to readiness: Readiness, context: AccessContext)
        async throws -> Plan
    {
        try await change(id, action: .update, context: context) { plan, _ in
            try plan.updateReadiness(of: goal, to: readiness)
        }
    }

    /// Adds an action: who does what, by when.
    public func addAction(
        to id: Plan.ID,
        description: String,
        owner: ActionOwner,
        due: CalendarDate? = nil,
        goal: Goal.ID? = nil,
        context: AccessContext
    ) async throws -> Plan {
        try await change(id, action: .update, context: context) { plan, unit in
            plan.actions.append(PlanAction(id: unit.newID(), description: description, owner: owner, due: due, goal: goal))
        }
    }

    /// Marks an action as done.
    public func completeAction(_ action: PlanAction.ID, in id: Plan.ID, context: AccessContext) async throws -> Plan {
        try await change(id, action: .update, context: context) { plan, unit in
            guard let index = plan.actions.firstIndex(where: { $0.id == action }) else {
                throw BuurtkrachtError.notFound(.plan, id: "\(id)/action/\(action)")
            }
            plan.actions[index].completedAt = unit.now
        }
    }

    /// Adds an agreement the client keeps.
    public func addAgreement(to id: Plan.ID, text: String, context: AccessContext) async throws -> Plan {
        try await change(id, action: .update, context: context) { plan, unit in
            plan.agreements.append(Agreement(id: unit.newID(), text: text, agreedAt: unit.now))
        }
    }

    /// Records whether an agreement is kept.
    public func setAgreement(_ agreement: Agreement.ID, in id: Plan.ID, to status: Agreement.Status, context: AccessContext)
        async throws -> Plan
    {
        try await change(id, action: .update, context: context) { plan, _ in
            guard let index = plan.agreements.firstIndex(where: { $0.id == agreement }) else {
                throw BuurtkrachtError.notFound(.plan, id: "\(id)/agreement/\(agreement)")
            }
            plan.agreements[index].status = status
        }
    }

    /// Records an evaluation with scores per domain; goals in scored domains take the new level.
    public func recordEvaluation(
        for id: Plan.ID,
        scores: [LifeDomain: SelfSufficiency],
        summary: String? = nil,
        context: AccessContext
    ) async throws -> Plan {
        try await change(id, action: .update, context: context) { plan, unit in
            try plan.record(Evaluation(id: unit.newID(), at: unit.now, by: unit.context.professional, scores: scores, summary: summary))
        }
    }

    /// Moves the plan to another open phase (see ``Plan/move(to:at:by:justification:)`` for the rules).
    public func move(_ id: Plan.ID, to phase: Plan.Phase, justification: String? = nil, context: AccessContext)
        async throws -> Plan
    {
        try await change(id, action: .update, context: context) { plan, unit in
            try plan.move(to: phase, at: unit.now, by: unit.context.professional, justification: justification)
        }
    }

    /// Closes the plan with a reason (see ``Plan/close(reason:justification:at:by:)`` for the rules).
    public func close(_ id: Plan.ID, reason: PlanClosure.Reason, justification: String? = nil, context: AccessContext)
        async throws -> Plan
    {
        try await change(id, action: .update, context: context) { plan, unit in
            try plan.close(reason: reason, justification: justification, at: unit.now, by: unit.context.professional)
        }
    }

    /// Progress per life domain.
    public func progress(of id: Plan.ID, context: AccessContext) async throws -> [DomainProgress] {
        try await plan(id, context: context).progress
    }

    /// The open plans the caller coordinates that are past their programme's target duration.
    public func overdue(context: AccessContext) async throws -> [Plan] {
        try await runner.perform(context) { unit in
            let mine = try unit.transaction.plans.plans(
                matching: PlanQuery(coordinator: unit.context.professional, phases: [.stabilise, .tackle, .letGo])
            )
            let overdue = mine.filter { $0.isOverdue(at: unit.now, in: unit.environment.timeZone) }
            for plan in overdue {
                try unit.audit(.read, record: RecordReference(kind: .plan, id: plan.id.rawValue), subject: plan.subject.client, basis: .coordinator)
            }
            return overdue
        }
    }

    private func change(
        _ id: Plan.ID,
        action: AuditAction,
        context: AccessContext,
        _ body: @escaping @Sendable (inout Plan, UnitOfWork) throws -> Void
    ) async throws -> Plan {
        try await runner.perform(context) { unit in
            guard var plan = try unit.transaction.plans.plan(id) else { throw BuurtkrachtError.notFound(.plan, id: id.rawValue) }
            try Self.requireAccess(to: plan, for: action, unit: unit)
            try body(&plan, unit)
            if action != .read { try unit.transaction.plans.update(plan) }
            return plan
        }
    }

    /// The coordinator may work on the plan; anyone else needs access to its client or every
    /// household member. Audited either way.
    static func requireAccess(to plan: Plan, for action: AuditAction, unit: UnitOfWork) throws {
        let record = RecordReference(kind: .plan, id: plan.id.rawValue)
        if plan.coordinator == unit.context.professional {
            try unit.audit(action, record: record, subject: plan.subject.client, basis: .coordinator)
            return
        }
        switch plan.subject {
        case .client(let client):
            _ = try unit.client(client, for: action, record: record)
        case .household(let household):
            for member in try unit.transaction.clients.clients(matching: ClientQuery(household: household)) {
                try unit.requireAccess(to: member, for: action, record: record)
            }
        }
    }
}
