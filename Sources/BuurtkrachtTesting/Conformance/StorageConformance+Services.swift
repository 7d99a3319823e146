import Buurtkracht

extension StorageConformance {
    static var serviceChecks: [Check] {
        [
            Check("services: register, report, triage, plan and report work end to end on the store") { storage in
                let world = try await TestNeighbourhood.make(storage: storage)
                let services = world.services
                let client = try await world.registerClient(familyName: "Jansen", birthDate: try CalendarDate(year: 1961, month: 3, day: 2))
                let address = try world.address()
                _ = try await services.signals.report(
                    SignalReport(subject: .address(address), reporter: Reporter(kind: .police, partner: world.police),
                                 category: .nuisance, severity: .high, observedAt: world.clock.now),
                    context: world.policeOfficer
                )
                _ = try await services.signals.report(
                    SignalReport(subject: .address(address), reporter: Reporter(kind: .neighbour), category: .socialIsolation,
                                 severity: .moderate, observedAt: world.clock.now),
                    context: world.teamMember
                )
                let queue = try await services.signals.triageQueue(for: world.neighbourhood, context: world.teamMember)
                try expectEqual(queue.count, 1, "two signals about one address fuse into one queue item")
                try expectEqual(queue.first?.independentSources, 2, "independent sources")
                var plan = try await services.plans.create(for: .client(client.id), context: world.coordinator)
                plan = try await services.plans.addGoal(
                    to: plan.id, domain: .finances, description: "Schulden in beeld", baseline: .acuteProblems,
                    target: .sufficientlySelfSufficient, readiness: Readiness(competence: .unable, motivation: .willing),
                    context: world.coordinator
                )
                try expectEqual(try await services.plans.plan(plan.id, context: world.coordinator), plan, "plan read back through the service")
                let report = try await services.reports.neighbourhoodReport(
                    for: world.neighbourhood,
                    period: try ReportPeriod(first: CalendarDate(world.clock.now, in: .amsterdam), last: CalendarDate(world.clock.now, in: .amsterdam)),
                    context: world.coordinator
                )
                try expectEqual(report.signalCount, 2, "signals in the report")
                try expectEqual(report.plansByPhase[.stabilise], 1, "plans in the report")
                do {
                    _ = try await services.clients.client(client.id, context: world.policeOfficer)
                    throw ConformanceFailure(message: "a partner without consent must be denied")
                } catch BuurtkrachtError.Code.accessDenied {}
                let trail = try await services.audit.entries(matching: AuditQuery(), context: world.auditor)
                try expectEqual(trail.map(\.sequence), Array(1...Int64(trail.count)), "audit sequence without gaps")
                try expect(trail.contains { $0.outcome == .denied && $0.subject == client.id }, "the denial is audited")
            },
        ]
    }
}
