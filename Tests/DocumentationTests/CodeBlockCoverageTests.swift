import Foundation
import Testing

/// Every ```swift example of README.md and the DocC articles is compiled and run: it must appear
/// verbatim in one of this target's test sources, which run it against real stores.
@Suite struct CodeBlockCoverageTests {
    static let documents = ["README.md"] + PackageFiles.files(in: "Sources/Buurtkracht/Buurtkracht.docc", endingWith: ".md")

    @Test func everySwiftExampleInTheREADMEAndTheArticlesIsInATest() throws {
        let sources = try PackageFiles.files(in: "Tests/DocumentationTests", endingWith: ".swift").map(PackageFiles.text)
        var examples = 0
        for document in Self.documents {
            for block in MarkdownCodeBlock.blocks(in: try PackageFiles.text(document)) where block.language == "swift" {
                examples += 1
                #expect(
                    sources.contains { block.isContained(in: $0) },
                    "The ```swift example at \(document):\(block.line) is not in Tests/DocumentationTests verbatim. Paste it into the test for that document (indentation may differ), so that it is compiled and run."
                )
            }
        }
        #expect(Self.documents.count >= 8, "README.md and the seven DocC documents")
        #expect(examples >= 25)
    }

    @Test func blocksAreFoundByFenceWithTheirLanguageAndLine() {
        let markdown = "# Title\n\n```swift\nlet a = 1\n```\n\ntext\n\n  ```sh\n  swift test\n  ```\n```\nplain\n```\n"
        #expect(MarkdownCodeBlock.blocks(in: markdown) == [
            MarkdownCodeBlock(language: "swift", line: 3, lines: ["let a = 1"]),
            MarkdownCodeBlock(language: "sh", line: 9, lines: ["  swift test"]),
            MarkdownCodeBlock(language: "", line: 12, lines: ["plain"]),
        ])
    }

    @Test func anExampleMatchesAcrossIndentationButNotWithAChangedLineOrAMissingImport() {
        let example = MarkdownCodeBlock(language: "swift", line: 1, lines: ["import Buurtkracht", "", "let a = f(", "    x", ")"])
        let test = "import Buurtkracht\nimport Testing\n\n@Test func t() {\n        let a = f(\n            x\n        )\n}\n"
        #expect(example.isContained(in: test))
        #expect(!example.isContained(in: test.replacingOccurrences(of: "x", with: "y")))
        #expect(!example.isContained(in: test.replacingOccurrences(of: "import Buurtkracht\n", with: "")))
        #expect(!example.isContained(in: test.replacingOccurrences(of: "            x\n", with: "            x\n        ;\n")))
    }
}
