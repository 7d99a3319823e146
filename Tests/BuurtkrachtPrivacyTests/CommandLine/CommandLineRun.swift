import BuurtkrachtTestSupport

/// A finished run of the real `buurtkracht`: its status, stdout and stderr.
typealias CommandLineRun = BuiltProducts.Run

extension CommandLineRun {
    /// Runs `buurtkracht arguments…` to completion, without the developer's
    /// `BUURTKRACHT_KEY_FILE` unless `environment` gives one: each test names its own key.
    static func buurtkracht(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandLineRun {
        let withoutKey: [String: String?] = ["BUURTKRACHT_KEY_FILE": nil]
        return try BuiltProducts.run("buurtkracht", arguments, environment: withoutKey.merging(environment.mapValues { $0 }) { $1 })
    }
}
