import ArgumentParser
import Buurtkracht

/// `buurtkracht retention apply [--dry-run]`: erases and anonymises what the policy says is kept too long.
struct RetentionApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Erase clients whose plans closed long ago and anonymise old signals that led to no action.",
        discussion: """
            A client is erased (reason retentionExpired) when every plan about them closed more \
            than --plan-years ago and no signal about them is open; a signal closed as needing no \
            action more than --signal-months ago is anonymised. With --dry-run nothing changes and \
            the command lists what would go. Acts as the command-line data officer; audited.
            """
    )

    @Flag(help: "List what would be removed; change nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("Years a closed plan and its client's data are kept.", valueName: "years"))
    var planYears = 15

    @Option(help: ArgumentHelp("Months a signal that led to no action is kept.", valueName: "months"))
    var signalMonths = 6

    @OptionGroup var storage: StorageOptions

    func validate() throws {
        guard planYears >= 1, signalMonths >= 1 else { throw ValidationError("--plan-years and --signal-months must be 1 or more.") }
    }

    func run() async throws {
        let policy = try RetentionPolicy(closedPlanYears: planYears, noActionSignalMonths: signalMonths)
        let services = try storage.openServices()
        let officer = try await LocalOperator.context(.dataOfficer, purpose: .subjectRequest, in: services)
        let report = try await services.retention.apply(policy, dryRun: dryRun, context: officer)
        let verb = dryRun ? "Would erase" : "Erased"
        print("\(verb) \(report.clients.count) clients: \(report.clients.map(\.rawValue).joined(separator: ", "))")
        print("\(dryRun ? "Would anonymise" : "Anonymised") \(report.signals.count) signals: \(report.signals.map(\.rawValue).joined(separator: ", "))")
    }
}
