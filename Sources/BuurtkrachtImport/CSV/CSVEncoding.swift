/// A text encoding the reader and writer support.
///
/// Municipal legacy exports are either UTF-8 (with or without byte order mark) or
/// Windows-1252. UTF-16 and UTF-32 are rejected with ``CSVError/Code/unsupportedEncoding``.
public enum CSVEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8, validated strictly (no overlong forms, no surrogates, nothing above U+10FFFF).
    case utf8
    /// Windows-1252 (the Western European ANSI code page), including the 0x80–0x9F range
    /// (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). Bytes 0x81, 0x8D, 0x8F, 0x90
    /// and 0x9D are undefined and reported.
    case windows1252
}
