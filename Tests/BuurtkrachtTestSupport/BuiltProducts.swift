public import Foundation

/// Executables built with the tests, and a way to run them to the end.
///
/// They are found in the build products folder that holds the test bundle, so that
/// `swift test` from a fresh clone (with any `--scratch-path`) finds them; for `buurtkracht`,
/// `BUURTKRACHT_EXECUTABLE` may point elsewhere.
///
/// ```swift
/// let run = try BuiltProducts.run("buurtkracht", ["demo", "--db", path])
/// #expect(run.status == 0)
/// ```
public enum BuiltProducts {
    /// The `buurtkracht` command line, built because the tests depend on its target.
    public static var buurtkracht: URL {
        get throws { try executable("buurtkracht") }
    }

    /// The executable product `name`, next to the tests.
    public static func executable(_ name: String) throws -> URL {
        if name == "buurtkracht", let override = ProcessInfo.processInfo.environment["BUURTKRACHT_EXECUTABLE"] {
            return URL(fileURLWithPath: override)
        }
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
        ]
        for folder in candidates {
            let executable = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: executable.path) { return executable }
        }
        throw NotFound(name: name, searched: candidates.map(\.path))
    }

    /// An executable the tests need is not built.
    public struct NotFound: Error, CustomStringConvertible {
        /// The executable's name.
        public let name: String
        /// The folders looked in.
        public let searched: [String]

        /// An executable (or a file the tests needed) called `name`, not found in `searched`.
        public init(name: String, searched: [String]) {
            self.name = name
            self.searched = searched
        }

        public var description: String {
            "\(name) was not found next to the tests (searched \(searched.joined(separator: ", "))). "
                + "Build it with `swift build`" + (name == "buurtkracht" ? ", or set BUURTKRACHT_EXECUTABLE." : ".")
        }
    }

    /// What a finished run printed, and how it ended.
    public struct Run: Sendable {
        /// The exit status.
        public let status: Int32
        /// Everything written to standard output.
        public let stdout: String
        /// Everything written to standard error (a pipe, so not a terminal).
        public let stderr: String
    }

    /// Runs the executable product `name` with `arguments` to completion.
    ///
    /// Standard output goes to a temporary file while standard error is read, so that a child
    /// that fills one before closing the other never blocks. `environment` entries replace
    /// the inherited ones; a nil value removes one.
    @discardableResult
    public static func run(_ name: String, _ arguments: [String], environment: [String: String?] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = try executable(name)
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        for (key, value) in environment { inherited[key] = value }
        process.environment = inherited
        let errorPipe = Pipe()
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("stdout-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: outputFile.path, contents: nil) else {
            throw NotFound(name: "a temporary file for stdout", searched: [outputFile.path])
        }
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let output = try FileHandle(forWritingTo: outputFile)
        process.standardError = errorPipe
        process.standardOutput = output
        try process.run()
        let errors = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try output.close()
        let stdout = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
        return Run(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: errors, as: UTF8.self))
    }
}

/// A new, empty temporary folder; the caller removes it when it matters.
public func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("buurtkracht-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
