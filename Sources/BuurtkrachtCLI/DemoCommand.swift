import ArgumentParser
import Buurtkracht

/// `buurtkracht demo`: builds a sample neighbourhood and prints its triage queue and report.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a sample neighbourhood and print its triage queue and quarterly report.",
        discussion: """
            The sample holds a few dozen residents of a fictional neighbourhood with signals from \
            housing corporations, utilities, the police and neighbours, guidance plans, networks, \
            volunteers and self-help groups. All names, addresses and numbers are made up.
            """
    )

    func run() async throws {
        let scenario = DemoScenario()
        let services = Services(storage: InMemoryStorage(), environment: scenario.environment)
        let cast = try await scenario.populate(services)
        let queue = try await services.signals.triageQueue(for: scenario.neighbourhood, context: cast.teamMember)
        let report = try await services.reports.neighbourhoodReport(
            for: scenario.neighbourhood, period: try scenario.reportPeriod(), context: cast.coordinator
        )
        print(TriageQueuePrinter(timeZone: scenario.environment.timeZone).render(queue, neighbourhood: scenario.neighbourhood))
        print()
        print(ReportPrinter().render(report))
    }
}
