import Foundation

/// Finds executables built with the tests: in the build products folder that holds the test
/// bundle (so `swift test` from a fresh clone, with any `--scratch-path`, finds them), or where
/// `BUURTKRACHT_EXECUTABLE` points.
enum BuiltProducts {
    /// The `buurtkracht` command line, built because the tests depend on its target.
    static var buurtkracht: URL {
        get throws {
            if let override = ProcessInfo.processInfo.environment["BUURTKRACHT_EXECUTABLE"] {
                return URL(fileURLWithPath: override)
            }
            let candidates = [
                Bundle.main.bundleURL.deletingLastPathComponent(),
                URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
                URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
            ]
            for folder in candidates {
                let executable = folder.appendingPathComponent("buurtkracht")
                if FileManager.default.isExecutableFile(atPath: executable.path) { return executable }
            }
            throw NotFound(searched: candidates.map(\.path))
        }
    }

    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "The buurtkracht executable was not found next to the tests (searched \(searched.joined(separator: ", "))). Build it with `swift build`, or set BUURTKRACHT_EXECUTABLE."
        }
    }
}
