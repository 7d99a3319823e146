/// A problem with one row of an import: what is wrong, where, and what to do about it.
///
/// Diagnostics are collected, never thrown: a row with an ``Severity/error`` diagnostic is
/// rejected (written to the rejects file with every reason) and the import goes on with the
/// next row. The ``message`` never contains the field's value — legacy exports hold BSNs,
/// names and health details — only row numbers, column names and the rule that was broken.
///
/// ```swift
/// for diagnostic in report.errors {
///     print(diagnostic.code, diagnostic.count, diagnostic.firstRows)
/// }
/// ```
public struct ImportDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The row was imported, but something deserves a look (a repaired quote, a possible duplicate).
        case warning
        /// The row is rejected; nothing from it is written.
        case error
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The stable code, like `invalidBSN`.
    public var code: Code
    /// What is wrong and how to fix it, without the value.
    public var message: String
    /// The row number (the line in the file on which the row starts; the header is line 1).
    public var row: Int
    /// The legacy column concerned, when there is one.
    public var column: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, code: Code, message: String, row: Int, column: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.row = row
        self.column = column
    }

    /// `row 12, column 'BSN': [invalidBSN] …`.
    public var description: String {
        let place = column.map { "row \(row), column '\($0)'" } ?? "row \(row)"
        return "\(place): [\(code.rawValue)] \(message)"
    }
}
