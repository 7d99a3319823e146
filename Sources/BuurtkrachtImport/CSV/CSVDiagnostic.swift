/// A row-level problem found while reading a record.
///
/// Diagnostics are attached to the ``CSVRecord`` they concern (``CSVRecord/diagnostics``);
/// they are never thrown. A record with an ``Severity/error`` diagnostic should normally be
/// written to the rejects file; a ``Severity/warning`` means the record was read in a
/// well-defined but possibly unintended way (for example a literal quote character).
///
/// The ``message`` never contains field contents: it names lines, columns (1-based) and
/// byte offsets only.
///
/// ```swift
/// for diagnostic in record.diagnostics where diagnostic.severity == .error {
///     log("\(diagnostic.code): \(diagnostic.message)")
/// }
/// ```
public struct CSVDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// The record was read, but in a way the source may not have intended.
        case warning
        /// The record's fields are unreliable; reject the record.
        case error

        /// Orders `warning` before `error`.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// A stable, machine-readable identifier for the kind of row problem.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable string identifier, for example `"unterminatedQuote"`.
        public let rawValue: String

        /// Creates a code from its stable string identifier.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The raw value.
        public var description: String { rawValue }

        /// A `"` inside an unquoted field; it was kept as a literal character (warning).
        public static let strayQuote = Code(rawValue: "strayQuote")
        /// Characters follow the closing quote of a quoted field, as in `"abc"x`; they were
        /// appended to the field (warning).
        public static let textAfterClosingQuote = Code(rawValue: "textAfterClosingQuote")
        /// A quoted field was never closed; the quote was taken literally and reading resumed
        /// on the next line after the one where the quote opened (error).
        public static let unterminatedQuote = Code(rawValue: "unterminatedQuote")
        /// A quoted field spans several lines and the record either has more fields than
        /// expected, or each of its lines also reads as a complete record: a stray quote has
        /// probably joined rows. The record is kept as read (RFC 4180) so nothing is invented;
        /// reject it and check its lines (error).
        public static let suspectedStrayQuote = Code(rawValue: "suspectedStrayQuote")
        /// The record exceeds ``CSVReaderOptions/maxRecordBytes``; it has no fields and its raw
        /// bytes are truncated (error).
        public static let recordTooLarge = Code(rawValue: "recordTooLarge")
        /// The record has a different number of fields than the header, or than the first
        /// record when there is no header (error).
        public static let fieldCountMismatch = Code(rawValue: "fieldCountMismatch")
        /// The record contains bytes that are not valid UTF-8 in a file read as UTF-8 (error).
        public static let invalidUTF8 = Code(rawValue: "invalidUTF8")
        /// The record contains a byte that is undefined in Windows-1252 (0x81, 0x8D, 0x8F,
        /// 0x90 or 0x9D) in a file read as Windows-1252 (error).
        public static let undefinedWindows1252Byte = Code(rawValue: "undefinedWindows1252Byte")
        /// A file read as Windows-1252 contains a byte sequence that looks like UTF-8; the
        /// file may mix encodings (warning).
        public static let suspectedUTF8InWindows1252 = Code(rawValue: "suspectedUTF8InWindows1252")
    }

    /// How serious the problem is.
    public let severity: Severity
    /// What kind of problem it is.
    public let code: Code
    /// A sentence a person can act on, without any field contents.
    public let message: String
    /// The 1-based physical line where the problem is.
    public let line: Int
    /// The 0-based byte offset in the file where the problem is.
    public let byteOffset: Int
    /// The 0-based index of the field concerned, if the problem concerns one field.
    ///
    /// Messages show this as a 1-based column number.
    public let fieldIndex: Int?

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - severity: Warning or error.
    ///   - code: The stable problem kind.
    ///   - message: An actionable message that must not contain field contents.
    ///   - line: The 1-based physical line.
    ///   - byteOffset: The 0-based byte offset in the file.
    ///   - fieldIndex: The 0-based field index, if any.
    public init(severity: Severity, code: Code, message: String, line: Int, byteOffset: Int, fieldIndex: Int?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.line = line
        self.byteOffset = byteOffset
        self.fieldIndex = fieldIndex
    }

    /// A one-line rendering: severity, code and message.
    public var description: String {
        "\(severity.rawValue) [\(code.rawValue)] \(message)"
    }
}
