import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

/// The examples of the DocC article "Plans and situational guidance", verbatim, run in a test
/// neighbourhood.
@Suite struct PlansAndSituationalGuidanceExamples {
    @Test func aPlanGetsGoalsWhoseStyleFollowsReadinessAndMovesToTackle() async throws {
        let world = try await TestNeighbourhood.make()
        let services = world.services
        let coordinator = world.coordinator
        let client = try await world.registerClient(familyName: "Jansen", givenNames: "Kees")

        var plan = try await services.plans.create(for: .client(client.id), context: coordinator)
        plan = try await services.plans.addGoal(
            to: plan.id, domain: .finances, description: "Huurachterstand afgelost",
            baseline: .acuteProblems, target: .sufficientlySelfSufficient,
            readiness: Readiness(competence: .unable, motivation: .willing), context: coordinator
        )
        let style = plan.goals[0].style   // .coaching: overtuigen

        #expect(style == .coaching)
        #expect(style.dutchName == "overtuigen")

        let readiness = Readiness(competence: .unable, motivation: .willing)
        let classic = GuidanceModel.herseyBlanchard.style(for: readiness)        // .coaching
        let slii = GuidanceModel.situationalLeadershipII.style(for: readiness)   // .telling

        #expect(classic == .coaching)
        #expect(slii == .telling)

        plan = try await services.plans.updateReadiness(
            of: plan.goals[0].id, in: plan.id,
            to: Readiness(competence: .able, motivation: .willing), context: coordinator
        )
        let nextStyle = plan.goals[0].style   // .delegating

        #expect(nextStyle == .delegating)

        plan = try await services.plans.addAction(
            to: plan.id, description: "Post samen doornemen", owner: .client, context: coordinator
        )
        plan = try await services.plans.addAgreement(
            to: plan.id, text: "Wekelijks contact met de regisseur", context: coordinator
        )
        plan = try await services.plans.move(plan.id, to: .tackle, context: coordinator)
        plan = try await services.plans.recordEvaluation(
            for: plan.id, scores: [.finances: .barelySelfSufficient], context: coordinator
        )
        let progress = try await services.plans.progress(of: plan.id, context: coordinator)

        #expect(plan.phase == .tackle)
        #expect(plan.actions.count == 1 && plan.agreements.count == 1)
        #expect(plan.goals[0].current == .barelySelfSufficient)
        #expect(progress.map(\.domain) == [.finances])

        // Letting go with the goal below target needs a justification.
        let error = await #expect(throws: BuurtkrachtError.self) {
            try await services.plans.move(plan.id, to: .letGo, context: coordinator)
        }
        #expect(error?.code == .goalsBelowTarget)
    }

    @Test func aPlanCanFollowAProgrammeWithATargetDuration() async throws {
        let world = try await TestNeighbourhood.make()
        let services = world.services
        let coordinator = world.coordinator
        let client = try await world.registerClient(familyName: "Visser", givenNames: "Johan")

        let programme = Programme(
            name: "Doelbewust Wonen", targetMonths: 12,
            startQualification: [.init(text: "Actieve, gemotiveerde houding", met: true)]
        )
        let justicePlan = try await services.plans.create(
            for: .client(client.id), programme: programme, context: coordinator
        )

        #expect(justicePlan.programme?.targetMonths == 12)
        #expect(justicePlan.programme?.isStartQualificationMet == true)
    }
}
