import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

/// The phases of the domain: stabilise → tackle → letGo → closed, letGo → tackle on a relapse,
/// and closing from any open phase.
private let phaseTable: [Plan.Phase: Set<Plan.Phase>] = [
    .stabilise: [.tackle, .closed], .tackle: [.letGo, .closed], .letGo: [.tackle, .closed], .closed: [],
]
private let illegalMoves = Plan.Phase.allCases.flatMap { from in Plan.Phase.allCases.map { (from, $0) } }
    .filter { !phaseTable[$0.0, default: []].contains($0.1) }

@Suite("Plan workflow")
struct PlanWorkflowTests {
    private let start = TestClock.referenceDate
    private let coordinator: Professional.ID = "professional-coordinator"

    private func plan(programme: Programme? = nil, goals: [(LifeDomain, SelfSufficiency, SelfSufficiency)] = []) -> Plan {
        var plan = Plan(id: "plan-1", subject: .client("client-1"), coordinator: coordinator, programme: programme, startedAt: start)
        for (index, goal) in goals.enumerated() {
            plan.addGoal(
                Goal(
                    id: Goal.ID("goal-\(index + 1)"), domain: goal.0, description: "doel", baseline: goal.1, target: goal.2,
                    readiness: Readiness(competence: .unable, motivation: .willing), model: plan.guidanceModel, createdAt: start
                )
            )
        }
        return plan
    }

    /// A plan moved along `phases` (goals, if any, reached by an evaluation first).
    private func plan(in phase: Plan.Phase) throws -> Plan {
        var plan = plan()
        let path: [Plan.Phase] = switch phase {
        case .stabilise: []
        case .tackle: [.tackle]
        case .letGo: [.tackle, .letGo]
        case .closed: []
        }
        for next in path { try plan.move(to: next, at: start, by: coordinator, justification: nil) }
        if phase == .closed { try plan.close(reason: .goalsAchieved, justification: nil, at: start, by: coordinator) }
        return plan
    }

    private func evaluation(_ number: Int, daysLater: Int, _ scores: [LifeDomain: SelfSufficiency]) -> Evaluation {
        Evaluation(id: Evaluation.ID("evaluation-\(number)"), at: start.addingTimeInterval(Double(daysLater) * 86_400), scores: scores)
    }

    // MARK: Phases

    @Test func newPlanStartsOpenInTheStabilisePhase() {
        let plan = plan()
        #expect(plan.phase == .stabilise)
        #expect(plan.isOpen)
        #expect(plan.phaseHistory.isEmpty)
        #expect(plan.guidanceModel == .herseyBlanchard)
    }

    @Test func allowedTargetsFollowThePhaseTable() {
        for phase in Plan.Phase.allCases {
            #expect(phase.allowedTargets == phaseTable[phase], "\(phase)")
        }
        #expect(Plan.Phase.allCases.map(\.dutchName) == ["opvangen", "aanpakken", "loslaten", "afgesloten"])
    }

    @Test func planMovesThroughTheOpenPhasesAndRecordsEachChange() throws {
        var plan = plan()
        try plan.move(to: .tackle, at: start.addingTimeInterval(60), by: coordinator, justification: nil)
        try plan.move(to: .letGo, at: start.addingTimeInterval(120), by: coordinator, justification: nil)
        try plan.move(to: .tackle, at: start.addingTimeInterval(180), by: coordinator, justification: nil)
        #expect(plan.phase == .tackle)
        #expect(plan.phaseHistory == [
            PhaseChange(from: .stabilise, to: .tackle, at: start.addingTimeInterval(60), by: coordinator, justification: nil),
            PhaseChange(from: .tackle, to: .letGo, at: start.addingTimeInterval(120), by: coordinator, justification: nil),
            PhaseChange(from: .letGo, to: .tackle, at: start.addingTimeInterval(180), by: coordinator, justification: nil),
        ])
    }

    @Test(arguments: [Plan.Phase.stabilise, .tackle, .letGo])
    func planCanBeClosedFromEveryOpenPhaseWithAReason(_ phase: Plan.Phase) throws {
        var plan = try plan(in: phase)
        try plan.close(reason: .clientStopped, justification: nil, at: start.addingTimeInterval(600), by: coordinator)
        #expect(plan.phase == .closed)
        #expect(!plan.isOpen)
        #expect(plan.closure == PlanClosure(reason: .clientStopped, justification: nil, closedAt: start.addingTimeInterval(600), closedBy: coordinator))
        #expect(plan.phaseHistory.last?.from == phase)
        #expect(plan.phaseHistory.last?.to == .closed)
    }

    @Test(arguments: illegalMoves)
    func illegalPhaseChangeThrowsAndChangesNothing(_ from: Plan.Phase, _ to: Plan.Phase) throws {
        var plan = try plan(in: from)
        let before = plan
        let error = expectError(.illegalTransition) {
            if to == .closed {
                try plan.close(reason: .other, justification: "reden", at: start, by: coordinator)
            } else {
                try plan.move(to: to, at: start, by: coordinator, justification: "reden")
            }
        }
        #expect(error?.context["from"] == from.rawValue)
        #expect(error?.context["to"] == to.rawValue)
        #expect(plan == before)
    }

    @Test(arguments: [Plan.Phase.stabilise, .tackle, .letGo])
    func movingToClosedIsRefusedInFavourOfClosingWithAReason(_ phase: Plan.Phase) throws {
        var plan = try plan(in: phase)
        let error = expectError(.illegalTransition) { try plan.move(to: .closed, at: start, by: coordinator, justification: nil) }
        #expect(error?.message.contains("close(reason:)") == true)
        #expect(plan.phase == phase)
    }

    // MARK: Goals below target

    @Test func lettingGoWithGoalsBelowTargetNeedsAJustification() throws {
        var plan = plan(goals: [(.finances, .acuteProblems, .sufficientlySelfSufficient), (.housing, .barelySelfSufficient, .barelySelfSufficient)])
        try plan.move(to: .tackle, at: start, by: coordinator, justification: nil)
        let error = expectError(.goalsBelowTarget) { try plan.move(to: .letGo, at: start, by: coordinator, justification: nil) }
        #expect(error?.context["goals"] == "goal-1")
        #expect(plan.phase == .tackle)
    }

    @Test func blankJustificationIsNoJustification() throws {
        var plan = plan(goals: [(.finances, .acuteProblems, .sufficientlySelfSufficient)])
        try plan.move(to: .tackle, at: start, by: coordinator, justification: nil)
        expectError(.goalsBelowTarget) { try plan.move(to: .letGo, at: start, by: coordinator, justification: "  \t") }
    }

    @Test func lettingGoWithAJustificationRecordsIt() throws {
        var plan = plan(goals: [(.finances, .acuteProblems, .sufficientlySelfSufficient)])
        try plan.move(to: .tackle, at: start, by: coordinator, justification: nil)
        try plan.move(to: .letGo, at: start, by: coordinator, justification: "Schuldhulp neemt het over")
        #expect(plan.phase == .letGo)
        #expect(plan.phaseHistory.last?.justification == "Schuldhulp neemt het over")
    }

    @Test func lettingGoOnceTheGoalsAreReachedNeedsNoJustification() throws {
        var plan = plan(goals: [(.finances, .acuteProblems, .sufficientlySelfSufficient)])
        try plan.move(to: .tackle, at: start, by: coordinator, justification: nil)
        try plan.record(evaluation(1, daysLater: 60, [.finances: .fullySelfSufficient]))
        try plan.move(to: .letGo, at: start, by: coordinator, justification: nil)
        #expect(plan.phase == .letGo)
    }

    @Test func closingWithGoalsBelowTargetNeedsAJustification() throws {
        var plan = plan(goals: [(.housing, .notSelfSufficient, .sufficientlySelfSufficient)])
        expectError(.goalsBelowTarget) { try plan.close(reason: .movedAway, justification: nil, at: start, by: coordinator) }
        #expect(plan.isOpen)
        try plan.close(reason: .movedAway, justification: "Verhuisd naar Delft", at: start, by: coordinator)
        #expect(plan.closure?.justification == "Verhuisd naar Delft")
        #expect(plan.phaseHistory.last?.justification == "Verhuisd naar Delft")
    }

    // MARK: Programmes

    private let doelbewustWonen = Programme(
        name: "Doelbewust Wonen", targetMonths: 12,
        startQualification: [.init(text: "Actieve, gemotiveerde houding", met: true), .init(text: "Begeleidbaar op wonen")]
    )

    @Test func startingTheWorkWithAnOpenStartQualificationIsRefused() {
        var plan = plan(programme: doelbewustWonen)
        let error = expectError(.startQualificationNotMet) { try plan.move(to: .tackle, at: start, by: coordinator, justification: nil) }
        #expect(error?.context["openItems"] == "1")
        #expect(plan.phase == .stabilise)
    }

    @Test func startingTheWorkOnceTheStartQualificationIsMetIsAllowed() throws {
        var programme = doelbewustWonen
        programme.startQualification[1].met = true
        var plan = plan(programme: programme)
        try plan.move(to: .tackle, at: start, by: coordinator, justification: nil)
        #expect(plan.phase == .tackle)
    }

    @Test func startingTheWorkWithAJustificationIsAllowedAndRecorded() throws {
        var plan = plan(programme: doelbewustWonen)
        try plan.move(to: .tackle, at: start, by: coordinator, justification: "Woning komt vrij, nu beginnen")
        #expect(plan.phaseHistory.last?.justification == "Woning komt vrij, nu beginnen")
    }

    @Test func returningToTheWorkAfterARelapseIsNotGatedByTheStartQualification() throws {
        var plan = plan(programme: doelbewustWonen)
        try plan.move(to: .tackle, at: start, by: coordinator, justification: "gestart")
        try plan.move(to: .letGo, at: start, by: coordinator, justification: nil)
        try plan.move(to: .tackle, at: start, by: coordinator, justification: nil)
        #expect(plan.phase == .tackle)
    }

    // MARK: Evaluations and progress

    @Test func evaluationUpdatesTheCurrentLevelOfGoalsInScoredDomains() throws {
        var plan = plan(goals: [(.finances, .acuteProblems, .sufficientlySelfSufficient), (.housing, .notSelfSufficient, .fullySelfSufficient)])
        try plan.record(evaluation(1, daysLater: 30, [.finances: .barelySelfSufficient]))
        #expect(plan.goals.map(\.current) == [.barelySelfSufficient, .notSelfSufficient])
        #expect(plan.goals.map(\.baseline) == [.acuteProblems, .notSelfSufficient])
    }

    @Test func olderEvaluationRecordedLateDoesNotOverrideTheCurrentLevel() throws {
        var plan = plan(goals: [(.finances, .acuteProblems, .sufficientlySelfSufficient)])
        try plan.record(evaluation(2, daysLater: 60, [.finances: .sufficientlySelfSufficient]))
        try plan.record(evaluation(1, daysLater: 30, [.finances: .notSelfSufficient]))
        #expect(plan.goals.first?.current == .sufficientlySelfSufficient)
        #expect(plan.evaluations.map(\.id) == ["evaluation-1", "evaluation-2"])
    }

    @Test func progressShowsBaselineTargetCurrentAndHistoryPerDomain() throws {
        var plan = plan(goals: [(.finances, .acuteProblems, .sufficientlySelfSufficient)])
        try plan.record(evaluation(1, daysLater: 30, [.finances: .notSelfSufficient, .socialNetwork: .barelySelfSufficient]))
        try plan.record(evaluation(2, daysLater: 60, [.finances: .barelySelfSufficient]))
        #expect(plan.progress == [
            DomainProgress(
                domain: .finances, baseline: .acuteProblems, target: .sufficientlySelfSufficient, current: .barelySelfSufficient,
                history: [
                    .init(at: start.addingTimeInterval(30 * 86_400), level: .notSelfSufficient),
                    .init(at: start.addingTimeInterval(60 * 86_400), level: .barelySelfSufficient),
                ]
            ),
            DomainProgress(
                domain: .socialNetwork, baseline: .barelySelfSufficient, target: nil, current: .barelySelfSufficient,
                history: [.init(at: start.addingTimeInterval(30 * 86_400), level: .barelySelfSufficient)]
            ),
        ])
        #expect(plan.progress.map(\.change) == [2, 0])
    }

    @Test func closedPlanTakesNoEvaluations() throws {
        var plan = try plan(in: .closed)
        expectError(.illegalTransition) { try plan.record(evaluation(1, daysLater: 1, [.finances: .barelySelfSufficient])) }
        #expect(plan.evaluations.isEmpty)
    }

    @Test func scoreOutsideOneToFiveIsRejected() throws {
        #expect(try SelfSufficiency(score: 3) == .barelySelfSufficient)
        expectError(.invalidScore) { try SelfSufficiency(score: 0) }
        expectError(.invalidScore) { try SelfSufficiency(score: 6) }
    }

    // MARK: Target duration

    @Test func planPastItsProgrammesTargetMonthsIsOverdue() throws {
        let plan = plan(programme: doelbewustWonen)
        #expect(plan.targetEnd(in: .amsterdam) == (try amsterdam("2027-11-23")))
        #expect(!plan.isOverdue(at: try amsterdam("2027-11-22", 23, 59), in: .amsterdam))
        #expect(plan.isOverdue(at: try amsterdam("2027-11-23"), in: .amsterdam))
    }

    @Test func targetEndFallsOnTheLastDayOfAShorterMonth() throws {
        let plan = Plan(
            id: "plan-1", subject: .client("client-1"), coordinator: coordinator,
            programme: Programme(name: "Kort", targetMonths: 1), startedAt: try amsterdam("2027-01-31", 10)
        )
        #expect(plan.targetEnd(in: .amsterdam) == (try amsterdam("2027-02-28")))
    }

    @Test func closedPlanOrPlanWithoutTargetIsNeverOverdue() throws {
        let later = start.addingTimeInterval(10 * 365 * 86_400)
        #expect(!plan().isOverdue(at: later, in: .amsterdam))
        var closed = plan(programme: doelbewustWonen)
        try closed.close(reason: .clientStopped, justification: nil, at: start, by: coordinator)
        #expect(!closed.isOverdue(at: later, in: .amsterdam))
    }

    // MARK: Through the service

    @Test func creatingAPlanMakesTheCallerItsCoordinator() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        let plan = try await world.services.plans.create(for: .client(client.id), context: world.coordinator)
        #expect(plan.coordinator == world.coordinator.professional)
        #expect(plan.neighbourhood == world.neighbourhood)
        #expect(plan.startedAt == world.clock.now)
        #expect(try await world.services.plans.plan(plan.id, context: world.coordinator) == plan)
    }

    @Test func serviceMovesAndClosesThePlanWithTheClockAndCaller() async throws {
        let world = try await TestNeighbourhood.make()
        let plans = world.services.plans
        let client = try await world.registerClient(familyName: "Jansen")
        var plan = try await plans.create(for: .client(client.id), context: world.coordinator)
        plan = try await plans.addGoal(
            to: plan.id, domain: .finances, description: "Schulden in beeld", baseline: .acuteProblems,
            target: .sufficientlySelfSufficient, readiness: Readiness(competence: .unable, motivation: .willing), context: world.coordinator
        )
        world.clock.advance(by: .days(7))
        plan = try await plans.move(plan.id, to: .tackle, context: world.coordinator)
        await expectError(.goalsBelowTarget) { try await plans.move(plan.id, to: .letGo, context: world.coordinator) }
        world.clock.advance(by: .days(7))
        plan = try await plans.recordEvaluation(for: plan.id, scores: [.finances: .sufficientlySelfSufficient], context: world.coordinator)
        plan = try await plans.move(plan.id, to: .letGo, context: world.coordinator)
        plan = try await plans.close(plan.id, reason: .goalsAchieved, context: world.coordinator)
        #expect(plan.phaseHistory.map(\.to) == [.tackle, .letGo, .closed])
        #expect(plan.phaseHistory.first?.at == TestClock.referenceDate.addingTimeInterval(7 * 86_400))
        #expect(plan.closure?.closedBy == world.coordinator.professional)
        #expect(try await plans.progress(of: plan.id, context: world.coordinator).first?.change == 3)
    }

    @Test func serviceListsTheCoordinatorsOverduePlans() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        let plan = try await world.services.plans.create(for: .client(client.id), programme: doelbewustWonen, context: world.coordinator)
        #expect(try await world.services.plans.overdue(context: world.coordinator).isEmpty)
        world.clock.set(try amsterdam("2027-11-23", 9))
        #expect(try await world.services.plans.overdue(context: world.coordinator).map(\.id) == [plan.id])
        #expect(try await world.services.plans.overdue(context: world.otherCoordinator).isEmpty)
    }

    @Test func planForAClientTheCallerCannotSeeIsRefused() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen", context: world.teamMember)
        await expectError(.accessDenied) { try await world.services.plans.create(for: .client(client.id), context: world.coordinator) }
        let plans = try await world.stored { try $0.plans.plans(matching: PlanQuery()) }
        #expect(plans.isEmpty)
    }

    @Test func roleWithoutPlanPermissionCannotStartAPlan() async throws {
        let world = try await TestNeighbourhood.make()
        let client = try await world.registerClient(familyName: "Jansen")
        let error = await expectError(.accessDenied) {
            try await world.services.plans.create(for: .client(client.id), context: world.outreachWorker)
        }
        #expect(error?.context["permission"] == Permission.makePlans.rawValue)
    }
}
