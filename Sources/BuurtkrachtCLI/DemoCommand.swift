import ArgumentParser
import Buurtkracht

/// `buurtkracht demo`: builds a sample neighbourhood in the SQLite file and prints its triage
/// queue and report; a second run on the same file reuses what the first one made.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a sample neighbourhood and print its triage queue and quarterly report.",
        discussion: """
            The sample holds a few dozen residents of a fictional neighbourhood with signals from \
            housing corporations, utilities, the police and neighbours, guidance plans, networks, \
            volunteers and self-help groups. All names, addresses and numbers are made up. \
            It is stored in the database file (--db); running the demo again on the same file \
            reuses the sample instead of adding it twice.
            """
    )

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let scenario = DemoScenario()
        let store = try storage.openStorage()
        let services: Services
        let cast: DemoCast
        switch try await DemoStoreState.inspect(store) {
        case .empty:
            services = Services(storage: store, environment: scenario.environment(ids: .incrementing()))
            cast = try await scenario.populate(services)
            print("Built the demo neighbourhood in \(storage.db).")
        case .filled(let found):
            services = Services(storage: store, environment: scenario.environment(ids: .timeOrdered))
            cast = found
            print("Reused the demo data already in \(storage.db); only this run's reads were added to the audit trail.")
        case .foreign:
            throw DemoStoreState.foreignData(path: storage.db)
        }
        let queue = try await services.signals.triageQueue(for: scenario.neighbourhood, context: cast.teamMember)
        let report = try await services.reports.neighbourhoodReport(
            for: scenario.neighbourhood, period: try scenario.reportPeriod(), context: cast.coordinator
        )
        print()
        print(TriageQueuePrinter(timeZone: services.environment.timeZone).render(queue, neighbourhood: scenario.neighbourhood))
        print()
        print(ReportPrinter().render(report))
    }
}
