/// A problem that stops an import (or an undo) as a whole: the file cannot be read, the mapping
/// does not fit the file, the store failed, the run cannot be undone.
///
/// Row problems are never thrown: they are ``ImportDiagnostic``s in the report. Like every
/// Buurtkracht error, the message says what to fix and never contains personal data.
///
/// ```swift
/// do {
///     let report = try await importer.run(request, context: context)
/// } catch let error as ImportError where error.code == .mappingInvalid {
///     print(error.message)
/// }
/// ```
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a stable machine-readable code.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code's text.
        public let rawValue: String

        /// Creates a code from its text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The code's text.
        public var description: String { rawValue }

        /// Matches an error against a code in a `catch` clause.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? ImportError)?.code == code
        }

        /// The file cannot be opened or read.
        public static let fileUnreadable = Code(rawValue: "fileUnreadable")
        /// The mapping file cannot be read or is not valid JSON of the mapping format.
        public static let mappingUnreadable = Code(rawValue: "mappingUnreadable")
        /// The mapping is well-formed but wrong: an unknown field, type or format, or a rule broken.
        public static let mappingInvalid = Code(rawValue: "mappingInvalid")
        /// The mapping names a column the file does not have.
        public static let unknownColumn = Code(rawValue: "unknownColumn")
        /// The rejects or report file cannot be written.
        public static let outputUnwritable = Code(rawValue: "outputUnwritable")
        /// The run does not exist.
        public static let runNotFound = Code(rawValue: "runNotFound")
        /// The run cannot be undone (already undone, or later runs changed its records).
        public static let undoRefused = Code(rawValue: "undoRefused")
        /// Another process changed the run while this one was importing it.
        public static let concurrentImport = Code(rawValue: "concurrentImport")
    }

    /// What went wrong.
    public var code: Code
    /// What went wrong and how to fix it, without personal data.
    public var message: String
    /// Where: file, column, run. Never personal data.
    public var context: [String: String]

    /// Creates an error.
    public init(code: Code, message: String, context: [String: String] = [:]) {
        self.code = code
        self.message = message
        self.context = context
    }

    /// `[code] message (key: value, …)`.
    public var description: String {
        var text = "[\(code.rawValue)] \(message)"
        if !context.isEmpty {
            text += " (" + context.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")"
        }
        return text
    }
}
