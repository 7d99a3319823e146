import Foundation
import Synchronization

/// The rejects file: every rejected row exactly as it was in the legacy file — except its BSN,
/// which is blanked (see ``BSNRedaction``) — preceded by its row number and every reason
/// (`invalidBSN(BSN) | invalidDate(Geboortedatum)`), so that the rows can be corrected and
/// imported again.
///
/// For CSV the file is written in the legacy file's delimiter and encoding, under the original
/// header with two columns in front (`row`, `reasons`); for JSON lines each line is
/// `{"row":…,"reasons":[…],"line":"<the original line>"}`, with `"blanked":[…]` naming the BSN
/// keys that were emptied in `line`. The file is created with mode 0600:
/// it holds personal data.
///
/// Its length is part of each checkpoint, so that a resumed run cuts off what an interrupted
/// attempt wrote after its last checkpoint and carries on without repeating rows.
final class RejectsFile: Sendable {
    let path: String
    private let dialect: CSVDialect
    private let encoding: CSVEncoding
    private let isJSONLines: Bool
    private let redaction: BSNRedaction
    private let handle: Mutex<(FileHandle, Int64)?>

    /// Opens the file: continues it at `resumeLength` when it is at least that long, otherwise
    /// starts it afresh with the header.
    init(
        path: String, resumeLength: Int64?, header: [UInt8]?, dialect: CSVDialect, encoding: CSVEncoding, isJSONLines: Bool,
        redaction: BSNRedaction
    ) throws(ImportError) {
        self.path = path
        self.redaction = redaction
        self.dialect = dialect
        self.encoding = encoding
        self.isJSONLines = isJSONLines
        let manager = FileManager.default
        let existing = (try? manager.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value
        let unwritable = ImportError(
            code: .outputUnwritable, message: "The rejects file cannot be written. Check the folder and its permissions.",
            context: ["file": CSVRecordSource.name(of: path)])
        do {
            if let resumeLength, let existing, existing >= resumeLength, resumeLength > 0,
                let file = FileHandle(forWritingAtPath: path)
            {
                try file.truncate(atOffset: UInt64(resumeLength))
                try file.seekToEnd()
                handle = Mutex((file, resumeLength))
                return
            }
            guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
                let file = FileHandle(forWritingAtPath: path)
            else { throw unwritable }
            try file.truncate(atOffset: 0)
            var first: [UInt8] = []
            if let header, !isJSONLines {
                first = Self.prefix(["row", "reasons"], dialect: dialect, encoding: encoding) + header + dialect.lineEnding.bytes
            }
            if !first.isEmpty { try file.write(contentsOf: first) }
            handle = Mutex((file, Int64(first.count)))
        } catch let error as ImportError {
            throw error
        } catch {
            throw unwritable
        }
    }

    /// The file's length so far.
    var length: Int64 { handle.withLock { $0?.1 ?? 0 } }

    /// The bytes of one rejected row, its BSNs blanked.
    func line(row: Int, diagnostics: [ImportDiagnostic], record: SourceRecord) -> [UInt8] {
        let raw = redaction.redact(record)
        let reasons = diagnostics.map { diagnostic in
            diagnostic.column.map { "\(diagnostic.code.rawValue)(\($0))" } ?? diagnostic.code.rawValue
        }
        if isJSONLines {
            struct Line: Encodable {
                let row: Int
                let reasons: [String]
                let line: String
                let blanked: [String]?
            }
            let text = String(decoding: raw, as: UTF8.self)
            let blanked = raw == record.rawBytes ? nil : redaction.columns
            let encoded = (try? JSONCEncoderBridge.encode(Line(row: row, reasons: reasons, line: text, blanked: blanked))) ?? []
            return encoded + [0x0A]
        }
        return Self.prefix([String(row), reasons.joined(separator: " | ")], dialect: dialect, encoding: encoding) + raw
            + dialect.lineEnding.bytes
    }

    /// Appends `bytes` and returns the new length.
    @discardableResult
    func append(_ bytes: [UInt8]) throws(ImportError) -> Int64 {
        let result: Result<Int64, ImportError> = handle.withLock { state in
            guard let (file, length) = state else { return .success(0) }
            do {
                try file.write(contentsOf: bytes)
            } catch {
                return .failure(ImportError(code: .outputUnwritable, message: "Writing the rejects file failed. Check free disk space.", context: ["file": CSVRecordSource.name(of: path)]))
            }
            state = (file, length + Int64(bytes.count))
            return .success(length + Int64(bytes.count))
        }
        return try result.get()
    }

    /// Cuts the file back to `length` (after a batch that was rolled back).
    func truncate(to length: Int64) {
        handle.withLock { state in
            guard let (file, _) = state else { return }
            try? file.truncate(atOffset: UInt64(length))
            _ = try? file.seekToEnd()
            state = (file, length)
        }
    }

    /// Closes the file.
    func close() {
        handle.withLock { state in
            if let (file, _) = state { try? file.close() }
            state = nil
        }
    }

    /// The prefix fields, encoded and quoted as the legacy file is, each followed by the delimiter.
    private static func prefix(_ fields: [String], dialect: CSVDialect, encoding: CSVEncoding) -> [UInt8] {
        let writer = CSVWriter(dialect: dialect, encoding: encoding)
        do {
            try writer.write(fields)
        } catch {
            // A column name that Windows-1252 cannot hold: fall back to the codes' ASCII.
            try? writer.write(fields.map { String($0.unicodeScalars.filter(\.isASCII).map(Character.init)) })
        }
        var bytes = writer.writtenBytes
        bytes.removeLast(dialect.lineEnding.bytes.count)
        bytes.append(dialect.delimiter.byte)
        return bytes
    }
}
