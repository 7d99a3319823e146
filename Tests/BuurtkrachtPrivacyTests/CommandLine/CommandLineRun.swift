import Foundation

/// Runs the real `buurtkracht`, built with the tests, and returns its status and output.
struct CommandLineRun {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Runs `buurtkracht arguments…` to completion, without `BUURTKRACHT_KEY_FILE` unless given.
    static func buurtkracht(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandLineRun {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        inherited["BUURTKRACHT_KEY_FILE"] = nil
        process.environment = inherited.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandLineRun(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self)
        )
    }

    /// The executable beside the test bundle (or where `BUURTKRACHT_EXECUTABLE` points).
    private static func executable() throws -> URL {
        if let override = ProcessInfo.processInfo.environment["BUURTKRACHT_EXECUTABLE"] { return URL(fileURLWithPath: override) }
        let folders = [
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
        ]
        guard let found = folders.map({ $0.appendingPathComponent("buurtkracht") }).first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
        else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "buurtkracht beside the tests; run swift build"]) }
        return found
    }
}
