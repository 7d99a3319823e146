import PropertyBased

/// Texts that break naive storage and encoding: SQL metacharacters and injections, quotes and
/// backslashes, LIKE wildcards, NUL and other control characters, emoji sequences, combining
/// and bidirectional marks, a byte-order mark, and escapes that mean something to JSON or C.
enum HostileText {
    static let fragments: [String] = [
        "'; DROP TABLE client; --", "' OR '1'='1", "\"", "\\", "%", "_", "%_%", "\u{0}", "a\u{0}b", "\u{1}\u{7}\u{1B}",
        "👩‍👩‍👧‍👦", "🇳🇱", "e\u{301}", "Zoë", "\u{202E}abc", "\u{FEFF}", "𝔘𝔫𝔦", "\n", "\r\n", "\t", "NULL", "null",
        "\\u0000", "\\\"", "%s%n", "?", ":name", "$1", "/*", "*/", "]]>", "\u{FFFD}", "\u{10FFFF}", " ", "",
    ]

    /// One to six fragments after a letter (so that no text is blank: blank names are refused by
    /// design, which is a different rule from the one under test).
    static let generator = Gen<String?>.element(of: fragments).map { $0 ?? "" }.array(of: 1...6).map { "x" + $0.joined() }

    /// About `bytes` bytes of the fragments, repeated.
    static func large(_ bytes: Int) -> String {
        let unit = "x" + fragments.joined()
        return String(repeating: unit, count: bytes / unit.utf8.count + 1)
    }
}
