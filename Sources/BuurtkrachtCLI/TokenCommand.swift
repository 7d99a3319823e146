import ArgumentParser

/// `buurtkracht token`: access tokens for the JSON-RPC server.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Manage access tokens for 'buurtkracht serve'.",
        subcommands: [TokenIssueCommand.self]
    )
}
