/// The delimiter and line ending of a CSV file.
///
/// The quote character is always `"` and is escaped by doubling it (RFC 4180).
/// ``CSVReader/dialect`` reports the dialect of the file being read, so a rejects file can be
/// written the same way:
///
/// ```swift
/// let rejects = try CSVWriter(url: rejectsURL, dialect: reader.dialect)
/// ```
public struct CSVDialect: Sendable, Hashable {
    /// The field separator.
    public var delimiter: CSVDelimiter
    /// The record terminator the writer uses.
    public var lineEnding: CSVLineEnding

    /// Creates a dialect.
    ///
    /// - Parameters:
    ///   - delimiter: The field separator; semicolon by default.
    ///   - lineEnding: The record terminator; CR LF by default.
    public init(delimiter: CSVDelimiter = .semicolon, lineEnding: CSVLineEnding = .crlf) {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
    }

    /// Semicolon-separated with CR LF line endings: the usual Dutch municipal export.
    public static let dutchExport = CSVDialect(delimiter: .semicolon, lineEnding: .crlf)
}
