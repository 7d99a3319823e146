import Foundation

/// A ``RecordSource`` over a CSV export, through the streaming ``CSVReader``: delimiter and
/// encoding (UTF-8, UTF-8 with a byte order mark, Windows-1252) are detected, quoting is
/// repaired where that is safe, and the reader's row problems become ``ImportDiagnostic``s.
///
/// ```swift
/// let source = try CSVRecordSource(path: "/data/clienten.csv")
/// ```
public final class CSVRecordSource: RecordSource {
    private let reader: CSVReader
    private let header: CSVHeader?
    /// The file's size in bytes.
    public let fileSize: Int64?

    /// Opens the CSV file at `path` and reads its header.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - options: Overrides for the delimiter and the encoding; detected by default.
    /// - Throws: ``ImportError/Code/fileUnreadable``.
    public init(path: String, options: CSVReaderOptions = CSVReaderOptions()) throws(ImportError) {
        do {
            reader = try CSVReader(url: URL(fileURLWithPath: path), options: options)
        } catch {
            throw ImportError(code: .fileUnreadable, message: error.message, context: ["file": Self.name(of: path)])
        }
        header = reader.header
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        fileSize = (attributes?[.size] as? NSNumber)?.int64Value
    }

    /// Reads CSV from bytes in memory (tests, small inputs).
    public init(bytes: [UInt8], options: CSVReaderOptions = CSVReaderOptions()) throws(ImportError) {
        do {
            reader = try CSVReader(bytes: bytes, options: options)
        } catch {
            throw ImportError(code: .fileUnreadable, message: error.message)
        }
        header = reader.header
        fileSize = Int64(bytes.count)
    }

    /// The header's column names.
    public var columnNames: [String]? { header?.names }

    /// The header row as in the file.
    public var headerBytes: [UInt8]? { header?.record.rawBytes }

    /// The detected (or forced) encoding.
    public var encodingName: String? {
        switch reader.encoding {
        case .utf8?: reader.hadByteOrderMark ? "utf-8 with BOM" : "utf-8"
        case .windows1252?: "windows-1252"
        case nil: nil
        }
    }

    /// The reader's dialect, for a rejects file written the same way.
    public var dialect: CSVDialect { reader.dialect }

    /// The encoding to write a rejects file in.
    public var encoding: CSVEncoding { reader.encoding ?? .utf8 }

    /// The index of the column named `name` (exactly, else ignoring case).
    public func columnIndex(of name: String) -> Int? {
        header?.index(of: name) ?? header?.index(ofCaseInsensitive: name)
    }

    /// The next row.
    public func next() throws(ImportError) -> SourceRecord? {
        let record: CSVRecord?
        do {
            record = try reader.next()
        } catch {
            throw ImportError(
                code: .fileUnreadable, message: error.message,
                context: error.line.map { ["line": String($0)] } ?? [:])
        }
        guard let record else { return nil }
        return SourceRecord(
            row: record.lineNumber, byteOffset: Int64(record.byteOffset), rawBytes: record.rawBytes,
            diagnostics: record.diagnostics.map(diagnostic), storage: record.rawBytes, slots: record.slots,
            encoding: record.encoding)
    }

    private func diagnostic(_ csv: CSVDiagnostic) -> ImportDiagnostic {
        let code: ImportDiagnostic.Code
        switch csv.code {
        case .invalidUTF8, .undefinedWindows1252Byte: code = .encoding
        case .suspectedUTF8InWindows1252: code = .mixedEncoding
        case .strayQuote, .textAfterClosingQuote: code = .repairedQuote
        default: code = .malformedRow
        }
        let column = csv.fieldIndex.flatMap { index in header.flatMap { index < $0.count ? $0.names[index] : nil } }
        return ImportDiagnostic(
            csv.severity == .error ? .error : .warning, code: code, message: csv.message, row: csv.line, column: column)
    }

    static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
