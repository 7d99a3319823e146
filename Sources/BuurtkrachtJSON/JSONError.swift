/// An error raised when JSON text cannot be parsed, or when a value cannot be written as JSON.
///
/// `JSONError` is about the *text*: malformed syntax, truncated input, invalid UTF-8, excessive
/// nesting, numbers JSON or json-c cannot represent. Problems with the *shape* of well-formed JSON
/// (a missing key, a string where a number was expected) are reported as the standard
/// `DecodingError` instead, with a coding path; see ``DecodingErrorSummary``.
///
/// Messages never quote the input beyond a single offending ASCII character, so they are safe to
/// log even when the document carries personal data.
///
/// ```swift
/// do {
///     _ = try JSONDocument(parsing: Array(#"{"a":1"#.utf8))
/// } catch let error as JSONError {
///     error.code        // .unexpectedEnd
///     error.byteOffset  // 6
/// }
/// ```
public struct JSONError: Error, Sendable, CustomStringConvertible, Hashable {
    /// A stable, machine-readable classification of a ``JSONError``.
    ///
    /// Compare against the static members; the raw values are stable strings suitable for logs
    /// and metrics (`"syntax"`, `"unexpectedEnd"`, …).
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable string form of the code.
        public let rawValue: String

        /// Creates a code from its stable string form.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The text is not valid JSON (unexpected character, bad literal, missing separator, comment…).
        public static let syntax = Code(rawValue: "syntax")
        /// The text ends before the JSON value is complete (truncated input, or empty input).
        public static let unexpectedEnd = Code(rawValue: "unexpectedEnd")
        /// Non-whitespace data follows a complete JSON value; exactly one value per message is allowed.
        public static let trailingData = Code(rawValue: "trailingData")
        /// Arrays/objects nest deeper than the configured maximum depth.
        public static let depthExceeded = Code(rawValue: "depthExceeded")
        /// A number is malformed, or is an integer literal outside the 64-bit range json-c can hold.
        public static let invalidNumber = Code(rawValue: "invalidNumber")
        /// A NaN or infinite number was about to be written (JSON cannot represent it).
        public static let nonFiniteNumber = Code(rawValue: "nonFiniteNumber")
        /// The input contains bytes that are not well-formed UTF-8.
        public static let invalidUTF8 = Code(rawValue: "invalidUTF8")
        /// A `\u` escape encodes an unpaired UTF-16 surrogate.
        public static let invalidEscape = Code(rawValue: "invalidEscape")
        /// The input contains a raw control character (U+0000–U+001F other than tab, LF, CR).
        public static let controlCharacter = Code(rawValue: "controlCharacter")
        /// The input exceeds json-c's 2 GiB limit.
        public static let inputTooLarge = Code(rawValue: "inputTooLarge")
        /// A value cannot be represented in JSON (for example a date outside years 0000–9999).
        public static let invalidValue = Code(rawValue: "invalidValue")

        /// The raw value.
        public var description: String { rawValue }
    }

    /// The classification of the error.
    public let code: Code
    /// A human-readable explanation saying what is wrong and how to fix it. Never contains input values.
    public let message: String
    /// The byte offset in the input where the problem was detected, when the error comes from parsing.
    public let byteOffset: Int?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The classification.
    ///   - message: A human-readable explanation without personal data.
    ///   - byteOffset: The offset into the input, if the error relates to input text.
    public init(code: Code, message: String, byteOffset: Int? = nil) {
        self.code = code
        self.message = message
        self.byteOffset = byteOffset
    }

    /// `"<code>: <message> (at byte <offset>)"`.
    public var description: String {
        if let byteOffset {
            return "\(code.rawValue): \(message) (at byte \(byteOffset))"
        }
        return "\(code.rawValue): \(message)"
    }
}
