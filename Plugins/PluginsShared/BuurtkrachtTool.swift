import Foundation
import PackagePlugin

/// The `buurtkracht` executable as a plugin runs it: arguments passed through, its output
/// shown as it comes, and a clear error when it ends with a status other than 0.
///
/// Shared by the command plugins through a symbolic link (plugins cannot depend on a library
/// target), as swift-openapi-generator shares its `PluginsShared` folder.
struct BuurtkrachtTool {
    /// The executable, found through the plugin's dependency on the `BuurtkrachtCLI` target (the tool is named after the target).
    let executable: URL

    /// Finds the `buurtkracht` tool that the plugin depends on; SwiftPM builds it first.
    init(context: PluginContext) throws {
        executable = try context.tool(named: "BuurtkrachtCLI").url
    }

    /// Runs `buurtkracht ARGUMENTS` in `directory` and returns its exit status.
    func run(_ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// A run of the tool that did not end with status 0, with what the status means.
struct ToolFailure: Error, CustomStringConvertible {
    /// The command as typed, for the message: `buurtkracht import clients.csv …`.
    let command: String
    /// The exit status.
    let status: Int32
    /// What the status means, from the subcommand's documentation.
    let meaning: String

    var description: String {
        "`\(command)` ended with exit status \(status): \(meaning)"
    }
}
