import Foundation

/// The crash-safety test's child process, `SQLiteCrashWriter`: found next to the test bundle
/// in the build folder (SwiftPM builds it with the tests, which depend on it), started on a
/// database file, and killed with SIGKILL.
struct CrashWriterProcess {
    /// The executable's name, as the package declares the target.
    static let name = "SQLiteCrashWriter"

    /// The path of the child executable.
    ///
    /// `BUURTKRACHT_CRASH_WRITER` overrides it; otherwise the build folders around the running
    /// test binary are searched: `.build/debug/` on Linux, where the tests run as
    /// `.build/debug/BuurtkrachtPackageTests.xctest`, and the folder above the bundle on macOS,
    /// where they run inside `BuurtkrachtPackageTests.xctest/Contents/MacOS/`.
    static func locate() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["BUURTKRACHT_CRASH_WRITER"] {
            return URL(fileURLWithPath: path)
        }
        let starts = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            + Bundle.allBundles.map(\.bundleURL)
        for start in starts.compactMap({ $0?.resolvingSymlinksInPath() }) {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<5 {
                let candidate = folder.appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder.deleteLastPathComponent()
            }
        }
        throw LocateError(searched: starts.compactMap { $0?.path })
    }

    /// The child could not be found.
    struct LocateError: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "\(CrashWriterProcess.name) was not found near \(searched). Build the tests with `swift build --build-tests` "
                + "(the test target depends on it), or set BUURTKRACHT_CRASH_WRITER to its path."
        }
    }

    /// Starts the child on `database` with `writers` concurrent writers, kills it with SIGKILL
    /// after `delay`, and returns the numbers of the transactions it reported as committed.
    static func runAndKill(_ executable: URL, database: String, writers: Int, after delay: Duration) async throws -> [Int] {
        let process = Process()
        process.executableURL = executable
        process.arguments = [database, String(writers)]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        try process.run()
        // Drains the pipe while the child runs, so that it never blocks on a full pipe.
        let reader = Task.detached { output.fileHandleForReading.readDataToEndOfFile() }
        try await Task.sleep(for: delay)
        kill(process.processIdentifier, SIGKILL)
        await Task.detached { process.waitUntilExit() }.value
        let text = String(decoding: await reader.value, as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            line.hasPrefix("committed ") ? Int(line.dropFirst("committed ".count)) : nil
        }
    }
}
