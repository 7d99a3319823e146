import Foundation

/// A fenced code block of a Markdown document: its language, the line its fence opens on, and
/// its lines.
struct MarkdownCodeBlock: Equatable {
    /// The fence's info string: `swift`, `sh`, `text`, or empty.
    let language: String
    /// The 1-based line of the opening fence.
    let line: Int
    /// The lines between the fences, as written.
    let lines: [String]

    /// Every fenced block in `markdown`, in order. Fences are three backticks at the start of a
    /// line, optionally indented; an unclosed block runs to the end.
    static func blocks(in markdown: String) -> [MarkdownCodeBlock] {
        var blocks: [MarkdownCodeBlock] = []
        var open: (language: String, line: Int, lines: [String])?
        for (index, raw) in markdown.components(separatedBy: "\n").enumerated() {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if var current = open {
                if trimmed == "```" {
                    blocks.append(MarkdownCodeBlock(language: current.language, line: current.line, lines: current.lines))
                    open = nil
                } else {
                    current.lines.append(raw)
                    open = current
                }
            } else if trimmed.hasPrefix("```") {
                open = (String(trimmed.dropFirst(3)).trimmingCharacters(in: .whitespaces), index + 1, [])
            }
        }
        if let current = open {
            blocks.append(MarkdownCodeBlock(language: current.language, line: current.line, lines: current.lines))
        }
        return blocks
    }

    /// Whether the block appears in `source` as written: its `import` lines among the source's
    /// imports, and every other line, in order and contiguous, ignoring indentation and blank
    /// lines (a test body is indented; a documentation example is not).
    func isContained(in source: String) -> Bool {
        let sourceLines = Self.normalised(source.components(separatedBy: "\n"))
        let ownLines = Self.normalised(lines)
        let imports = ownLines.filter { $0.hasPrefix("import ") }
        let body = ownLines.filter { !$0.hasPrefix("import ") }
        guard imports.allSatisfy(sourceLines.contains) else { return false }
        guard !body.isEmpty else { return true }
        guard body.count <= sourceLines.count else { return false }
        return (0...(sourceLines.count - body.count)).contains { start in
            sourceLines[start..<(start + body.count)].elementsEqual(body)
        }
    }

    private static func normalised(_ lines: [String]) -> [String] {
        lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
