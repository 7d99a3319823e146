import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory import-records FILE --mapping M --db DB […]`:
/// runs `buurtkracht import` with the arguments as given, from the package directory, and
/// says what its exit status means.
///
/// The plugin only runs the tool: the import itself (and its tests) live in `BuurtkrachtImport`
/// and `buurtkracht import`; see `Documentation/Import.md` for the options.
@main
struct ImportRecordsPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try BuurtkrachtTool(context: context)
        let status = try tool.run(["import"] + arguments, in: context.package.directoryURL)
        guard status == 0 else {
            throw ToolFailure(command: (["buurtkracht", "import"] + arguments).joined(separator: " "), status: status, meaning: Self.meaning(of: status))
        }
        print("buurtkracht import finished: every row was imported (exit status 0).")
    }

    /// What `buurtkracht import` means by an exit status (see `ImportFileCommand`).
    static func meaning(of status: Int32) -> String {
        switch status {
        case 3: "some rows were rejected and the rest imported; pass --rejects FILE to see which and why."
        case 64: "the command line was not understood; see `swift run buurtkracht import --help`."
        default: "nothing was written after the last checkpoint (--atomic all with a rejected row, or an error above); fix the cause and run the same command again to resume."
        }
    }
}
