import Foundation
import Testing

/// Documentation/Import.md documents every code the importer can report or throw.
@Suite("Import documentation")
struct DocumentationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The codes declared as `Code(rawValue: "…")` in a source file of BuurtkrachtImport.
    static func codes(in file: String) throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("Sources/BuurtkrachtImport/\(file)"), encoding: .utf8)
        return text.components(separatedBy: "Code(rawValue: \"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    @Test("Import.md has a row in a code table for every diagnostic code and every error code", arguments: [
        "Validation/ImportDiagnostic+Code.swift", "ImportError.swift",
    ])
    func everyCodeDocumented(_ file: String) throws {
        let codes = try Self.codes(in: file)
        #expect(codes.count >= 8, "the codes were found in \(file)")
        let guide = try String(contentsOf: Self.root.appendingPathComponent("Documentation/Import.md"), encoding: .utf8)
        let tableRows = guide.split(separator: "\n").filter { $0.hasPrefix("| `") }
        for code in codes {
            #expect(tableRows.contains { $0.hasPrefix("| `\(code)` |") }, "Documentation/Import.md has no table row for `\(code)`")
        }
    }
}
