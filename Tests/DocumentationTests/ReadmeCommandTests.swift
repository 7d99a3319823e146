import BuurtkrachtTestSupport
import Foundation
import Testing

/// The shell commands of README.md, checked against the real `buurtkracht`: each names existing
/// subcommands and options, and the demo prints what the README shows.
@Suite struct ReadmeCommandTests {
    /// The arguments of every `buurtkracht` command in the README's ```sh blocks, with the
    /// `import-records` plugin's arguments as the `buurtkracht import` they are passed to.
    static func commands() throws -> [[String]] {
        let blocks = MarkdownCodeBlock.blocks(in: try PackageFiles.text("README.md")).filter { $0.language == "sh" }
        return blocks.flatMap(\.lines).compactMap { line -> [String]? in
            var words = line.split(separator: " ").map(String.init)
            if let end = words.firstIndex(where: { ["|", ">", "2>", "&&", ";", "#"].contains($0) }) { words = Array(words[..<end]) }
            if words.starts(with: ["swift", "run", "buurtkracht"]) { return Array(words.dropFirst(3)) }
            if words.first == "buurtkracht" { return Array(words.dropFirst()) }
            if words.starts(with: ["swift", "package"]), let verb = words.firstIndex(of: "import-records") {
                return ["import"] + words[(verb + 1)...]
            }
            return nil
        }
    }

    @Test func theREADMEShowsTheDemoServeTokenAndImportCommands() throws {
        let commands = try Self.commands()
        #expect(commands.first == ["demo"], "README.md opens with `swift run buurtkracht demo`")
        for command in [["demo"], ["serve", "--db"], ["token", "issue", "--operator"], ["import", "clients.csv", "--mapping"]] {
            #expect(commands.contains { $0.starts(with: command) }, "README.md shows `buurtkracht \(command.joined(separator: " "))`")
        }
    }

    @Test func everyREADMECommandNamesRealSubcommandsAndOptions() async throws {
        for command in try Self.commands() {
            var path: [String] = []
            var help = try await Self.help(path)
            for word in command where !word.hasPrefix("-") {
                guard Self.subcommands(in: help).contains(word) else { break }
                path.append(word)
                help = try await Self.help(path)
            }
            if let fallback = Self.subcommands(in: help, defaultOnly: true).first {
                help += try await Self.help(path + [fallback])
            }
            for option in command.filter({ $0.hasPrefix("--") }).map({ String($0.split(separator: "=")[0]) }) {
                #expect(help.contains(option + " ") || help.contains(option + "\n"), "`buurtkracht \(command.joined(separator: " "))` in README.md: `buurtkracht \(path.joined(separator: " ")) --help` lists no option \(option)")
            }
            #expect(!path.isEmpty, "`buurtkracht \(command.joined(separator: " "))` in README.md names no subcommand")
        }
    }

    @Test func theDemoPrintsWhatTheREADMEShows() async throws {
        let readme = MarkdownCodeBlock.blocks(in: try PackageFiles.text("README.md"))
        let demo = try #require(readme.firstIndex { $0.language == "sh" && $0.lines == ["swift run buurtkracht demo"] })
        let shown = readme[demo + 1]
        #expect(shown.language == "text")
        // In a folder of its own: the demo keeps its data in a SQLite file beside a key file.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltProducts.run("buurtkracht", ["demo", "--db", folder.appendingPathComponent("buurtkracht.sqlite").path])
        #expect(run.status == 0)
        let printed = Set(run.stdout.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for line in shown.lines.map({ $0.trimmingCharacters(in: .whitespaces) }) where line != "…" {
            #expect(printed.contains(line), "README.md shows the demo printing '\(line)', which it no longer does. Run `swift run buurtkracht demo` and update the README.")
        }
    }

    /// `buurtkracht PATH --help`.
    static func help(_ path: [String]) async throws -> String {
        let run = try BuiltProducts.run("buurtkracht", path + ["--help"])
        #expect(run.status == 0, "buurtkracht \(path.joined(separator: " ")) --help")
        return run.stdout
    }

    /// The subcommands a help text lists (only the default one, marked `(default)`, if asked).
    static func subcommands(in help: String, defaultOnly: Bool = false) -> [String] {
        let lines = help.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        return lines[(start + 1)...].prefix { $0.hasPrefix("  ") || $0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .filter { !defaultOnly || $0.contains("(default)") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
    }
}
