import Buurtkracht
import BuurtkrachtTesting
import Testing

@Suite("Guidance models")
struct GuidanceModelTests {
    @Test(arguments: [
        (Readiness.Competence.unable, Readiness.Motivation.unwilling, GuidanceStyle.telling),
        (.unable, .willing, .coaching),
        (.able, .unwilling, .supporting),
        (.able, .willing, .delegating),
    ])
    func herseyBlanchardDerivesTheStyleFromReadiness(
        _ competence: Readiness.Competence, _ motivation: Readiness.Motivation, _ style: GuidanceStyle
    ) {
        #expect(GuidanceModel.herseyBlanchard.style(for: Readiness(competence: competence, motivation: motivation)) == style)
    }

    @Test(arguments: [
        (Readiness.Competence.unable, Readiness.Motivation.unwilling, GuidanceStyle.coaching),
        (.unable, .willing, .telling),
        (.able, .unwilling, .supporting),
        (.able, .willing, .delegating),
    ])
    func situationalLeadershipTwoDerivesTheStyleFromReadiness(
        _ competence: Readiness.Competence, _ motivation: Readiness.Motivation, _ style: GuidanceStyle
    ) {
        #expect(GuidanceModel.situationalLeadershipII.style(for: Readiness(competence: competence, motivation: motivation)) == style)
    }

    @Test func modelsDifferExactlyWhenTheClientIsUnable() {
        for competence in Readiness.Competence.allCases {
            for motivation in Readiness.Motivation.allCases {
                let readiness = Readiness(competence: competence, motivation: motivation)
                let differ = GuidanceModel.herseyBlanchard.style(for: readiness) != GuidanceModel.situationalLeadershipII.style(for: readiness)
                #expect(differ == (competence == .unable), "\(readiness)")
            }
        }
    }

    @Test func stylesCarryTheirDutchNames() {
        #expect(GuidanceStyle.allCases.map(\.dutchName) == ["instrueren", "overtuigen", "overleggen", "delegeren"])
    }

    @Test func goalTakesTheStyleOfThePlansModel() {
        let unableButWilling = Readiness(competence: .unable, motivation: .willing)
        var herseyBlanchard = Plan(id: "plan-1", subject: .client("client-1"), coordinator: "professional-1", startedAt: TestClock.referenceDate)
        var slii = Plan(
            id: "plan-2", subject: .client("client-1"), coordinator: "professional-1", guidanceModel: .situationalLeadershipII,
            startedAt: TestClock.referenceDate
        )
        // The goal is made with another model's style; the plan derives it again with its own.
        let goal = Goal(
            id: "goal-1", domain: .finances, description: "Post openen", baseline: .notSelfSufficient,
            target: .sufficientlySelfSufficient, readiness: unableButWilling, model: .herseyBlanchard, createdAt: TestClock.referenceDate
        )
        herseyBlanchard.addGoal(goal)
        slii.addGoal(goal)
        #expect(herseyBlanchard.goals.first?.style == .coaching)
        #expect(slii.goals.first?.style == .telling)
    }

    @Test func styleMovesTowardsDelegatingAsReadinessGrows() throws {
        var plan = Plan(id: "plan-1", subject: .client("client-1"), coordinator: "professional-1", startedAt: TestClock.referenceDate)
        plan.addGoal(
            Goal(
                id: "goal-1", domain: .finances, description: "Budget", baseline: .acuteProblems, target: .sufficientlySelfSufficient,
                readiness: Readiness(competence: .unable, motivation: .unwilling), model: .herseyBlanchard, createdAt: TestClock.referenceDate
            )
        )
        var styles = plan.goals.map(\.style)
        for readiness in [
            Readiness(competence: .unable, motivation: .willing), Readiness(competence: .able, motivation: .unwilling),
            Readiness(competence: .able, motivation: .willing),
        ] {
            try plan.updateReadiness(of: "goal-1", to: readiness)
            styles += plan.goals.map(\.style)
        }
        #expect(styles == [.telling, .coaching, .supporting, .delegating])
        #expect(plan.goals.first?.readiness == Readiness(competence: .able, motivation: .willing))
    }

    @Test func updatingTheReadinessOfAnUnknownGoalIsNotFound() {
        var plan = Plan(id: "plan-1", subject: .client("client-1"), coordinator: "professional-1", startedAt: TestClock.referenceDate)
        expectError(.notFound) { try plan.updateReadiness(of: "goal-9", to: Readiness(competence: .able, motivation: .willing)) }
    }

    @Test func serviceRecordsReadinessAndStyleUnderThePlansModel() async throws {
        let world = try await TestNeighbourhood.make()
        let plans = world.services.plans
        let client = try await world.registerClient(familyName: "Jansen")
        var plan = try await plans.create(for: .client(client.id), guidanceModel: .situationalLeadershipII, context: world.coordinator)
        plan = try await plans.addGoal(
            to: plan.id, domain: .housing, description: "Zelfstandig wonen", baseline: .notSelfSufficient,
            target: .sufficientlySelfSufficient, readiness: Readiness(competence: .unable, motivation: .willing), context: world.coordinator
        )
        let goal = try #require(plan.goals.first)
        #expect(goal.style == .telling)
        plan = try await plans.updateReadiness(of: goal.id, in: plan.id, to: Readiness(competence: .able, motivation: .unwilling), context: world.coordinator)
        #expect(plan.goals.first?.style == .supporting)
        #expect(try await plans.plan(plan.id, context: world.coordinator).goals.first?.style == .supporting)
    }
}
