import Buurtkracht

extension StorageConformance {
    static var planChecks: [Check] {
        [
            Check("plans: goals, actions, agreements, evaluations, history and closure read back equal") { storage in
                let plans = [Fixtures.plan("plan-1"), Fixtures.plan("plan-2", subject: .household("household-1"), neighbourhood: nil, closed: true)]
                try await storage.write { tx in for plan in plans { try tx.plans.insert(plan) } }
                for plan in plans {
                    try expectEqual(try await storage.read { try $0.plans.plan(plan.id) }, plan, "plan \(plan.id)")
                }
                try expect(try await storage.read { try $0.plans.plan("plan-404") } == nil, "an unknown plan must read as nil")
            },
            Check("plans: insert, update and delete report alreadyExists and notFound") { storage in
                var plan = Fixtures.plan("plan-1")
                try await storage.write { [plan] tx in try tx.plans.insert(plan) }
                try plan.move(to: .letGo, at: Fixtures.at(100), by: "professional-1", justification: "Gaat goed")
                plan.actions.removeAll()
                let changed = plan
                try await storage.write { tx in
                    try expectError(.alreadyExists, "inserting a taken id") { try tx.plans.insert(changed) }
                    try tx.plans.update(changed)
                    try expectError(.notFound, "updating a missing plan") { try tx.plans.update(Fixtures.plan("plan-2")) }
                }
                try expectEqual(try await storage.read { try $0.plans.plan("plan-1") }, changed, "updated plan")
                try await storage.write { try $0.plans.delete("plan-1") }
                try await storage.write { tx in try expectError(.notFound, "deleting twice") { try tx.plans.delete("plan-1") } }
            },
            Check("plans: queries filter by client, household, coordinator, neighbourhood, phase and start, ordered by start") { storage in
                let plans = [
                    Fixtures.plan("plan-a", startedAt: Fixtures.at(30)),
                    Fixtures.plan("plan-b", subject: .household("household-1"), coordinator: "professional-2", startedAt: Fixtures.at(10)),
                    Fixtures.plan("plan-c", subject: .client("client-2"), neighbourhood: Fixtures.northNextDoor, startedAt: Fixtures.at(20), closed: true),
                    Fixtures.plan("plan-d", subject: .client("client-1"), neighbourhood: nil, startedAt: Fixtures.at(10)),
                ]
                try await storage.write { tx in for plan in plans.reversed() { try tx.plans.insert(plan) } }
                func ids(_ query: PlanQuery) async throws -> [Plan] { try await storage.read { try $0.plans.plans(matching: query) } }
                try expectIDs(try await ids(PlanQuery()), ["plan-b", "plan-d", "plan-c", "plan-a"], "all, by start then id")
                try expectIDs(try await ids(PlanQuery(client: "client-1")), ["plan-d", "plan-a"], "by client")
                try expectIDs(try await ids(PlanQuery(household: "household-1")), ["plan-b"], "by household")
                try expectIDs(try await ids(PlanQuery(coordinator: "professional-2")), ["plan-b"], "by coordinator")
                try expectIDs(try await ids(PlanQuery(neighbourhood: Fixtures.north)), ["plan-b", "plan-a"], "by neighbourhood")
                try expectIDs(try await ids(PlanQuery(phases: [.closed])), ["plan-c"], "by phase")
                try expectIDs(try await ids(PlanQuery(client: "client-1", phases: [.tackle], startedBefore: Fixtures.at(30))), ["plan-d"], "combined, started before (exclusive)")
            },
        ]
    }
}
