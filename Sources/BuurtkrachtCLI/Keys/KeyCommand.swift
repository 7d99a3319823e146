import ArgumentParser

/// `buurtkracht key`: the BSN key that protects BSNs at rest.
struct KeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Manage the BSN key that protects BSNs in the database.",
        subcommands: [KeyGenerateCommand.self]
    )
}
