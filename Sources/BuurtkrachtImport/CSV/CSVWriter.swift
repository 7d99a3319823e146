#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Writes CSV records in a given dialect and encoding, to a file or to memory.
///
/// Fields are quoted only when needed: when they contain the delimiter, a `"`, CR or LF
/// (quotes are then doubled), or when a record consists of one empty field (which would
/// otherwise be a blank line). Leading and trailing spaces and leading zeros are written
/// unquoted and unchanged; ``CSVReader`` keeps them.
///
/// Use it for rejects files, where ``writeRaw(_:prefix:suffix:)`` copies a record's original
/// bytes unchanged and adds columns such as the line number and the reasons:
///
/// ```swift
/// let rejects = try CSVWriter(url: rejectsURL, dialect: reader.dialect,
///                             encoding: reader.encoding ?? .utf8)
/// if let header = reader.header {
///     try rejects.writeRaw(header.record, prefix: ["regel", "redenen"])
/// }
/// while let record = try reader.next() where record.hasErrors {
///     let reasons = record.diagnostics.map(\.code.rawValue).joined(separator: ",")
///     try rejects.writeRaw(record, prefix: ["\(record.lineNumber)", reasons])
/// }
/// try rejects.close()
/// ```
///
/// A file writer creates its file with mode 0600 (owner only), because rejects files hold
/// personal data. The writer is a mutable cursor and is not `Sendable`.
public final class CSVWriter {
    /// The delimiter and line ending written.
    public let dialect: CSVDialect
    /// The encoding fields are written in.
    public let encoding: CSVEncoding
    /// The number of records written so far.
    public private(set) var recordCount = 0

    private var output: [UInt8] = []
    private var scratch: [UInt8] = []
    private let fileDescriptor: Int32?
    private let filePath: String?
    private var isClosed = false
    private static let flushThreshold = 256 << 10

    /// Creates a writer that collects its output in memory; read it with ``writtenBytes``.
    ///
    /// - Parameters:
    ///   - dialect: Delimiter and line ending; the Dutch default is `;` with CR LF.
    ///   - encoding: UTF-8 (default) or Windows-1252.
    ///   - byteOrderMark: Whether to start UTF-8 output with a byte order mark (ignored for
    ///     Windows-1252).
    public init(dialect: CSVDialect = .dutchExport, encoding: CSVEncoding = .utf8, byteOrderMark: Bool = false) {
        self.dialect = dialect
        self.encoding = encoding
        self.fileDescriptor = nil
        self.filePath = nil
        if byteOrderMark && encoding == .utf8 {
            output = [0xEF, 0xBB, 0xBF]
        }
    }

    /// Creates (or truncates) the file at `url` with mode 0600 and writes to it, buffered.
    ///
    /// - Throws: ``CSVError`` with ``CSVError/Code/fileNotWritable``.
    public init(
        url: URL, dialect: CSVDialect = .dutchExport, encoding: CSVEncoding = .utf8, byteOrderMark: Bool = false
    ) throws(CSVError) {
        let path = url.path
        self.dialect = dialect
        self.encoding = encoding
        self.fileDescriptor = try POSIXFile.openForWriting(path)
        self.filePath = path
        if byteOrderMark && encoding == .utf8 {
            output = [0xEF, 0xBB, 0xBF]
        }
    }

    deinit {
        if let fileDescriptor {
            if !isClosed {
                try? flush()
            }
            POSIXFile.closeDescriptor(fileDescriptor)
        }
    }

    /// Everything written so far by an in-memory writer; empty for a file writer.
    public var writtenBytes: [UInt8] {
        fileDescriptor == nil ? output : []
    }

    /// Writes one record from field values, quoting where needed.
    ///
    /// ```swift
    /// try writer.write(["012345678", "Jansen", " 12", "1234 AB"])
    /// ```
    ///
    /// - Throws: ``CSVError/Code/unencodableCharacter`` if a value cannot be represented in
    ///   Windows-1252 (nothing of the record is written then), or a write error.
    public func write(_ fields: [String]) throws(CSVError) {
        try ensureOpen()
        let mark = output.count
        do {
            for (index, field) in fields.enumerated() {
                if index > 0 { output.append(dialect.delimiter.byte) }
                try appendField(field, isSoleField: fields.count == 1, column: index + 1)
            }
        } catch {
            output.removeSubrange(mark...)
            throw error
        }
        try endRecord()
    }

    /// Writes the decoded fields of `record` (not its raw bytes), quoting where needed.
    public func write(_ record: CSVRecord) throws(CSVError) {
        try write(record.fields)
    }

    /// Writes `record`'s original bytes unchanged, with extra fields before and after it.
    ///
    /// The raw bytes are copied as read (in the input's encoding); the extra fields are
    /// encoded in this writer's ``encoding`` and quoted where needed. Create the writer with
    /// the reader's dialect and encoding, and prefer ASCII extra fields (line numbers,
    /// diagnostic codes), which are the same in both encodings. Putting the extra fields in
    /// `prefix` keeps them readable even when the raw record has broken quoting.
    ///
    /// - Parameters:
    ///   - record: The record to copy.
    ///   - prefix: Fields written before the raw bytes.
    ///   - suffix: Fields written after the raw bytes.
    public func writeRaw(_ record: CSVRecord, prefix: [String] = [], suffix: [String] = []) throws(CSVError) {
        try ensureOpen()
        let mark = output.count
        let delimiter = dialect.delimiter.byte
        do {
            for (index, field) in prefix.enumerated() {
                try appendField(field, isSoleField: false, column: index + 1)
                output.append(delimiter)
            }
            output.append(contentsOf: record.rawBytes)
            for (index, field) in suffix.enumerated() {
                output.append(delimiter)
                try appendField(field, isSoleField: false, column: prefix.count + 2 + index)
            }
        } catch {
            output.removeSubrange(mark...)
            throw error
        }
        try endRecord()
    }

    /// Writes buffered output to the file (no-op for an in-memory writer).
    public func flush() throws(CSVError) {
        guard let fileDescriptor, !output.isEmpty else { return }
        let path = filePath ?? ""
        let result: Result<Void, CSVError> = output.withUnsafeBytes { bytes in
            Result { () throws(CSVError) in try POSIXFile.write(fileDescriptor, bytes, path: path) }
        }
        try result.get()
        output.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the writer; further writes throw ``CSVError/Code/writerClosed``.
    public func close() throws(CSVError) {
        guard !isClosed else { return }
        try flush()
        isClosed = true
    }

    private func ensureOpen() throws(CSVError) {
        if isClosed {
            throw CSVError(
                code: .writerClosed, message: "The writer was already closed; create a new writer.",
                filePath: filePath)
        }
    }

    private func endRecord() throws(CSVError) {
        output.append(contentsOf: dialect.lineEnding.bytes)
        recordCount += 1
        if fileDescriptor != nil && output.count >= Self.flushThreshold {
            try flush()
        }
    }

    private func appendField(_ field: String, isSoleField: Bool, column: Int) throws(CSVError) {
        switch encoding {
        case .utf8:
            var utf8 = field
            utf8.withUTF8 { appendEncoded($0, isSoleField: isSoleField) }
        case .windows1252:
            scratch.removeAll(keepingCapacity: true)
            for scalar in field.unicodeScalars {
                guard let byte = Windows1252.encode(scalar) else {
                    throw CSVError(
                        code: .unencodableCharacter,
                        message: "Record \(recordCount + 1), column \(column) contains a character that Windows-1252 cannot represent. Write the file as UTF-8 instead.",
                        filePath: filePath)
                }
                scratch.append(byte)
            }
            let bytes = scratch
            bytes.withUnsafeBufferPointer { appendEncoded($0, isSoleField: isSoleField) }
        }
    }

    private func appendEncoded(_ bytes: UnsafeBufferPointer<UInt8>, isSoleField: Bool) {
        let quote = CSVRecordScanner.quote
        let delimiter = dialect.delimiter.byte
        let needsQuotes =
            (isSoleField && bytes.isEmpty)
            || bytes.contains {
                $0 == delimiter || $0 == quote || $0 == CSVRecordScanner.lineFeed
                    || $0 == CSVRecordScanner.carriageReturn
            }
        guard needsQuotes else {
            output.append(contentsOf: bytes)
            return
        }
        output.append(quote)
        for byte in bytes {
            output.append(byte)
            if byte == quote { output.append(quote) }
        }
        output.append(quote)
    }
}
