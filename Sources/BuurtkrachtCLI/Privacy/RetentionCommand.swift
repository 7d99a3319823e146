import ArgumentParser

/// `buurtkracht retention`: keeping personal data no longer than needed.
struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Apply the retention policy.",
        subcommands: [RetentionApplyCommand.self]
    )
}
