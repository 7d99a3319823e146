public import Foundation

/// A guidance plan (*begeleidingsplan*, *plan van aanpak*) for a client or a household.
///
/// A plan has one coordinator (*regisseur*), goals per life domain, actions, agreements and
/// evaluations. It moves through the phases opvangen → aanpakken → loslaten → closed (see
/// ``Phase``); letting go or closing while goals are below target needs a justification.
///
/// ```swift
/// var plan = Plan(id: ids(), subject: .client(clientID), coordinator: me, startedAt: now)
/// plan.addGoal(Goal(id: ids(), domain: .finances, description: "Schulden in beeld",
///                   baseline: .acuteProblems, target: .sufficientlySelfSufficient,
///                   readiness: .init(competence: .unable, motivation: .willing),
///                   model: plan.guidanceModel, createdAt: now))
/// try plan.move(to: .tackle, at: now, by: me, justification: nil)
/// ```
public struct Plan: Identifiable, Hashable, Sendable, Codable, CustomStringConvertible, CustomReflectable {
    /// A plan's identifier.
    public typealias ID = Identifier<Plan>

    /// The plan's identifier.
    public var id: ID
    /// Whom the plan is for.
    public var subject: PlanSubject
    /// The coordinator (*regisseur*): the one professional who keeps the overview.
    public var coordinator: Professional.ID
    /// The neighbourhood of the client or household when the plan started, for reporting.
    public var neighbourhood: NeighbourhoodCode?
    /// The programme the plan follows, if any.
    public var programme: Programme?
    /// The model that derives guidance styles from readiness.
    public var guidanceModel: GuidanceModel
    /// The current phase.
    public private(set) var phase: Phase
    /// When the plan started.
    public var startedAt: Date
    /// Every phase change, oldest first.
    public private(set) var phaseHistory: [PhaseChange]
    /// How the plan ended, once closed.
    public private(set) var closure: PlanClosure?
    /// The goals, per life domain.
    public var goals: [Goal]
    /// Who does what, by when.
    public var actions: [PlanAction]
    /// What the client agreed to.
    public var agreements: [Agreement]
    /// Periodic evaluations, oldest first.
    public private(set) var evaluations: [Evaluation]

    /// Creates a plan in phase ``Phase/stabilise`` (*opvangen*).
    public init(
        id: ID,
        subject: PlanSubject,
        coordinator: Professional.ID,
        neighbourhood: NeighbourhoodCode? = nil,
        programme: Programme? = nil,
        guidanceModel: GuidanceModel = .herseyBlanchard,
        startedAt: Date
    ) {
        self.id = id
        self.subject = subject
        self.coordinator = coordinator
        self.neighbourhood = neighbourhood
        self.programme = programme
        self.guidanceModel = guidanceModel
        self.phase = .stabilise
        self.startedAt = startedAt
        self.phaseHistory = []
        self.closure = nil
        self.goals = []
        self.actions = []
        self.agreements = []
        self.evaluations = []
    }

    /// Whether the plan is still running.
    public var isOpen: Bool { phase != .closed }

    /// The goals whose current level is below their target.
    public var goalsBelowTarget: [Goal] { goals.filter(\.isBelowTarget) }

    /// The moment the programme's target duration ends, if the plan follows a programme with one.
    public func targetEnd(in timeZone: TimeZone) -> Date? {
        guard let months = programme?.targetMonths else { return nil }
        let start = CalendarDate(startedAt, in: timeZone)
        let monthIndex = start.month - 1 + months
        let year = start.year + monthIndex / 12
        let month = monthIndex % 12 + 1
        let day = min(start.day, CalendarDate.daysInMonth(year: year, month: month))
        guard let end = try? CalendarDate(year: year, month: month, day: day) else { return nil }
        return end.startOfDay(in: timeZone)
    }

    /// Whether the plan is open and past its programme's target duration at `moment`.
    public func isOverdue(at moment: Date, in timeZone: TimeZone) -> Bool {
        guard isOpen, let end = targetEnd(in: timeZone) else { return false }
        return moment >= end
    }

    // MARK: Goals and evaluations

    /// Adds a goal, deriving its style with the plan's model.
    public mutating func addGoal(_ goal: Goal) {
        var goal = goal
        goal.style = guidanceModel.style(for: goal.readiness)
        goals.append(goal)
    }

    /// Records new readiness for a goal and derives its style again.
    public mutating func updateReadiness(of goal: Goal.ID, to readiness: Readiness) throws(BuurtkrachtError) {
        guard let index = goals.firstIndex(where: { $0.id == goal }) else {
            throw .notFound(.plan, id: "\(id)/goal/\(goal)")
        }
        goals[index].readiness = readiness
        goals[index].style = guidanceModel.style(for: readiness)
    }

    /// Records an evaluation; each goal in a scored domain takes the new level as current.
    public mutating func record(_ evaluation: Evaluation) throws(BuurtkrachtError) {
        guard isOpen else {
            throw BuurtkrachtError(
                code: .illegalTransition,
                message: "Plan \(id) is closed; evaluations can only be recorded on open plans.",
                context: ["record": RecordKind.plan.rawValue, "id": id.rawValue]
            )
        }
        evaluations.append(evaluation)
        evaluations.sort { $0.at < $1.at }
        guard evaluations.last?.id == evaluation.id else { return }
        for index in goals.indices {
            if let score = evaluation.scores[goals[index].domain] {
                goals[index].current = score
            }
        }
    }

    /// Progress per life domain: baseline, target, the current level and every evaluated score.
    public var progress: [DomainProgress] {
        let domains = Set(goals.map(\.domain)).union(evaluations.flatMap(\.scores.keys))
        return domains.sorted().map { domain in
            let goal = goals.first { $0.domain == domain }
            let history = evaluations.compactMap { evaluation in
                evaluation.scores[domain].map { DomainProgress.Score(at: evaluation.at, level: $0) }
            }
            return DomainProgress(
                domain: domain,
                baseline: goal?.baseline ?? history.first?.level,
                target: goal?.target,
                current: history.last?.level ?? goal?.current,
                history: history
            )
        }
    }

    // MARK: Phases

    /// Moves the plan to another open phase, or throws.
    ///
    /// - Throws: ``BuurtkrachtError/Code/illegalTransition`` for a move the workflow does not
    ///   allow (use ``close(reason:justification:at:by:)`` to close);
    ///   ``BuurtkrachtError/Code/goalsBelowTarget`` when letting go with goals below target and
    ///   no justification; ``BuurtkrachtError/Code/startQualificationNotMet`` when starting the
    ///   work of a programme whose start qualification is open, without a justification.
    public mutating func move(to target: Phase, at moment: Date, by professional: Professional.ID, justification: String?)
        throws(BuurtkrachtError)
    {
        guard target != .closed else {
            throw BuurtkrachtError(
                code: .illegalTransition,
                message: "Close a plan with close(reason:), which records why it ended.",
                context: ["record": RecordKind.plan.rawValue, "id": id.rawValue]
            )
        }
        try phase.checkTransition(to: target, plan: id)
        let justified = !(justification?.isBlank ?? true)
        if target == .tackle, phase == .stabilise, let programme, !programme.isStartQualificationMet, !justified {
            let open = programme.startQualification.filter { !$0.met }.count
            throw BuurtkrachtError(
                code: .startQualificationNotMet,
                message: "\(open) item(s) of the start qualification of \(programme.name) are not met. "
                    + "Mark them as met, or give a justification to start anyway.",
                context: ["record": RecordKind.plan.rawValue, "id": id.rawValue, "openItems": String(open)]
            )
        }
        if target == .letGo { try checkGoalsReached(justified: justified, action: "let go") }
        phaseHistory.append(PhaseChange(from: phase, to: target, at: moment, by: professional, justification: justification))
        phase = target
    }

    /// Closes the plan with a reason.
    ///
    /// - Throws: ``BuurtkrachtError/Code/illegalTransition`` when the plan is closed already;
    ///   ``BuurtkrachtError/Code/goalsBelowTarget`` when goals are below target and no
    ///   justification is given.
    public mutating func close(
        reason: PlanClosure.Reason,
        justification: String?,
        at moment: Date,
        by professional: Professional.ID
    ) throws(BuurtkrachtError) {
        try phase.checkTransition(to: .closed, plan: id)
        try checkGoalsReached(justified: !(justification?.isBlank ?? true), action: "close")
        phaseHistory.append(PhaseChange(from: phase, to: .closed, at: moment, by: professional, justification: justification))
        phase = .closed
        closure = PlanClosure(reason: reason, justification: justification, closedAt: moment, closedBy: professional)
    }

    private func checkGoalsReached(justified: Bool, action: String) throws(BuurtkrachtError) {
        let below = goalsBelowTarget
        guard below.isEmpty || justified else {
            throw BuurtkrachtError(
                code: .goalsBelowTarget,
                message: "\(below.count) goal(s) of plan \(id) are below target. "
                    + "Record an evaluation that shows the progress, or give a justification to \(action) anyway.",
                context: [
                    "record": RecordKind.plan.rawValue, "id": id.rawValue,
                    "goals": below.map(\.id.rawValue).joined(separator: ","),
                ]
            )
        }
    }

    /// Removes what identifies the resident, for erasure: the subject becomes `subject` (a
    /// pseudonym no record holds) and every free text goes; phases, dates, domains and scores
    /// stay, so that reports keep their counts.
    public mutating func anonymise(as subject: PlanSubject) {
        self.subject = subject
        for index in goals.indices { goals[index].description = "" }
        for index in actions.indices { actions[index].description = "" }
        for index in agreements.indices { agreements[index].text = "" }
        for index in evaluations.indices { evaluations[index].summary = nil }
        closure?.justification = nil
    }

    /// Restores a plan with its full state, as a store reads it back. Checks nothing.
    public init(
        restoring plan: Plan,
        phase: Phase,
        phaseHistory: [PhaseChange],
        closure: PlanClosure?,
        evaluations: [Evaluation]
    ) {
        self = plan
        self.phase = phase
        self.phaseHistory = phaseHistory
        self.closure = closure
        self.evaluations = evaluations
    }

    /// `Plan(<id>)` — never personal data.
    public var description: String { "Plan(\(id))" }

    /// A mirror that shows only the identifier and phase.
    public var customMirror: Mirror { Mirror(self, children: ["id": id, "phase": phase]) }
}
