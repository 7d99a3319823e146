import Buurtkracht

/// Guidance plans in the `plan` table: the columns the queries filter and order on, the
/// closure, and one JSON column, `details`, with the nested children.
///
/// Goals, actions, agreements, evaluations (with their per-domain scores) and the phase
/// history are always read and written with their plan, are never queried on their own, and a
/// plan has a handful of each: five child tables would cost five look-ups per plan read for
/// no query they could serve. The report reads a neighbourhood's plans by the dozen, well
/// within budget with JSON.
enum PlanTable: TableMapping {
    static let sql = TableSQL(
        table: "plan",
        columns: ["id"] + SubjectColumns.names
            + [
                "coordinator_id", "neighbourhood", "guidance_model", "phase", "started_at",
                "closure_reason", "closure_justification", "closed_at", "closed_by", "details",
            ]
    )
    static let kind = RecordKind.plan

    /// Start, then identifier: the order of ``Buurtkracht/PlanQuery/precedes(_:_:)``.
    static let order = "started_at, id"

    /// The children of a plan, stored as JSON.
    private struct Details: Codable {
        var programme: Programme?
        var goals: [Goal]
        var actions: [PlanAction]
        var agreements: [Agreement]
        var evaluations: [Evaluation]
        var phaseHistory: [PhaseChange]
    }

    static func key(of plan: Plan) -> String { plan.id.rawValue }

    static func bind(_ plan: Plan, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) throws {
        binder.bind(plan.id)
        SubjectColumns.bind(plan.subject, to: &binder)
        binder.bind(plan.coordinator)
        binder.bind(plan.neighbourhood)
        binder.bind(plan.guidanceModel)
        binder.bind(plan.phase)
        binder.bind(plan.startedAt)
        binder.bind(plan.closure?.reason)
        binder.bind(plan.closure?.justification)
        binder.bind(plan.closure?.closedAt)
        binder.bind(plan.closure?.closedBy)
        let details = Details(
            programme: plan.programme, goals: plan.goals, actions: plan.actions, agreements: plan.agreements,
            evaluations: plan.evaluations, phaseHistory: plan.phaseHistory
        )
        binder.bindJSON(try JSONColumn.encode(details, kind: kind, column: "details"))
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> Plan {
        let id = Plan.ID(try reader.key())
        let subject = try SubjectColumns.readPlanSubject(&reader)
        let coordinator: Professional.ID = try reader.id()
        let neighbourhood = try reader.optionalValidated { try NeighbourhoodCode($0) }
        let model: GuidanceModel = try reader.value()
        let phase: Plan.Phase = try reader.value()
        let startedAt = try reader.date()
        let closure = try readClosure(&reader)
        let details: Details = try reader.json()

        var plan = Plan(
            id: id, subject: subject, coordinator: coordinator, neighbourhood: neighbourhood,
            programme: details.programme, guidanceModel: model, startedAt: startedAt
        )
        plan.goals = details.goals
        plan.actions = details.actions
        plan.agreements = details.agreements
        return Plan(
            restoring: plan, phase: phase, phaseHistory: details.phaseHistory, closure: closure,
            evaluations: details.evaluations
        )
    }

    private static func readClosure(_ reader: inout ColumnReader) throws(BuurtkrachtError) -> PlanClosure? {
        guard let reason: PlanClosure.Reason = try reader.optionalValue() else {
            for _ in 0..<3 { reader.skip() }
            return nil
        }
        return PlanClosure(
            reason: reason, justification: try reader.optionalText(), closedAt: try reader.date(), closedBy: try reader.id()
        )
    }
}
