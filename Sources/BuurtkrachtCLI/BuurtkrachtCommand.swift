import ArgumentParser

/// The `buurtkracht` command line: the demo, and (as they land) the server, the importer and
/// the privacy tools.
@main
struct BuurtkrachtCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buurtkracht",
        abstract: "Neighbourhood social support: signals, triage, guidance plans, networks and self-help groups.",
        subcommands: [
            DemoCommand.self, ServeCommand.self, TokenCommand.self, RPCDocsCommand.self, ImportCommand.self, KeyCommand.self,
            AuditCommand.self, ExportSubjectCommand.self, EraseSubjectCommand.self, RetentionCommand.self,
        ]
    )
}
