/// A fatal problem that stops reading or writing a CSV file.
///
/// Fatal problems are things the importer cannot work around row by row: the file is
/// missing or unreadable, it uses an encoding this reader does not support, or it could
/// not be written. Row-level problems are never thrown; they are attached to each
/// ``CSVRecord`` as ``CSVDiagnostic`` values.
///
/// Messages never contain field contents (the files hold personal data such as BSNs and
/// health information). They refer to the file path, line numbers, column numbers and
/// byte offsets only.
///
/// ```swift
/// do {
///     let reader = try CSVReader(url: exportURL)
///     while let record = try reader.next() { /* … */ }
/// } catch {
///     switch error.code {
///     case .fileNotFound: showMissingFileHint(error.message)
///     default: log(error.description)
///     }
/// }
/// ```
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, machine-readable identifier for the kind of failure.
    ///
    /// The raw values are stable strings and can be stored in logs or translated by a UI.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable string identifier, for example `"fileNotFound"`.
        public let rawValue: String

        /// Creates a code from its stable string identifier.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The raw value.
        public var description: String { rawValue }

        /// The file does not exist.
        public static let fileNotFound = Code(rawValue: "fileNotFound")
        /// The file exists but cannot be opened for reading (permissions, a directory, …).
        public static let fileNotReadable = Code(rawValue: "fileNotReadable")
        /// Reading from an opened file failed part-way (I/O error).
        public static let readFailed = Code(rawValue: "readFailed")
        /// The file uses an encoding that is not supported (UTF-16 or UTF-32).
        public static let unsupportedEncoding = Code(rawValue: "unsupportedEncoding")
        /// Automatic detection met a byte that is neither valid UTF-8 nor defined in Windows-1252.
        public static let undefinedWindows1252Byte = Code(rawValue: "undefinedWindows1252Byte")
        /// The reader or writer options are inconsistent or out of range.
        public static let invalidOptions = Code(rawValue: "invalidOptions")
        /// The output file cannot be created or opened for writing.
        public static let fileNotWritable = Code(rawValue: "fileNotWritable")
        /// Writing to an opened output file failed (disk full, I/O error).
        public static let writeFailed = Code(rawValue: "writeFailed")
        /// A value contains a character the writer's encoding cannot represent.
        public static let unencodableCharacter = Code(rawValue: "unencodableCharacter")
        /// The writer was used after ``CSVWriter/close()``.
        public static let writerClosed = Code(rawValue: "writerClosed")
    }

    /// What kind of failure this is.
    public let code: Code
    /// A sentence a person can act on, without any field contents.
    public let message: String
    /// The path of the file involved, when there is one.
    public let filePath: String?
    /// The 1-based physical line the problem was found on, when known.
    public let line: Int?
    /// The 0-based byte offset in the file where the problem was found, when known.
    public let byteOffset: Int?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The stable failure kind.
    ///   - message: An actionable message that must not contain field contents.
    ///   - filePath: The file involved, if any.
    ///   - line: The 1-based physical line, if known.
    ///   - byteOffset: The 0-based byte offset, if known.
    public init(code: Code, message: String, filePath: String? = nil, line: Int? = nil, byteOffset: Int? = nil) {
        self.code = code
        self.message = message
        self.filePath = filePath
        self.line = line
        self.byteOffset = byteOffset
    }

    /// A one-line rendering: code, message, then the known context.
    public var description: String {
        var context: [String] = []
        if let filePath { context.append("file: \(filePath)") }
        if let line { context.append("line: \(line)") }
        if let byteOffset { context.append("byte offset: \(byteOffset)") }
        let suffix = context.isEmpty ? "" : " (\(context.joined(separator: ", ")))"
        return "[\(code.rawValue)] \(message)\(suffix)"
    }

    func with(filePath path: String?) -> CSVError {
        guard filePath == nil, let path else { return self }
        return CSVError(code: code, message: message, filePath: path, line: line, byteOffset: byteOffset)
    }
}
