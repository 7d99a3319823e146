import Foundation
import BuurtkrachtJSON

/// A ``RecordSource`` over a JSON-lines export: one JSON object per line, parsed with the
/// project's json-c layer. Keys are the columns; a dotted name (`adres.postcode`) reaches into a
/// nested object.
///
/// Strings are taken as they are; numbers as their JSON text (the validation refuses numbers
/// where text is required, such as a BSN or a CBS code, whose leading zeros a number loses);
/// `true`/`false` as text; `null` and absent keys as empty. A line that is not a JSON object is
/// a ``ImportDiagnostic/Code/malformedRow``. Blank lines are skipped.
///
/// ```swift
/// let source = try JSONLinesRecordSource(path: "meldingen.jsonl")
/// ```
public final class JSONLinesRecordSource: RecordSource {
    private var source: any CSVByteSource
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    private var bufferFileOffset: Int64 = 0
    private var atEnd = false
    private var line = 0
    private var columns: [String] = []
    private var indexByName: [String: Int] = [:]
    private let maxLineBytes = 16 << 20
    /// The file's size in bytes.
    public let fileSize: Int64?

    /// Opens the JSON-lines file at `path`.
    ///
    /// - Throws: ``ImportError/Code/fileUnreadable``.
    public init(path: String) throws(ImportError) {
        do {
            source = try CSVFileByteSource(path: path)
        } catch {
            throw ImportError(code: .fileUnreadable, message: error.message, context: ["file": CSVRecordSource.name(of: path)])
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        fileSize = (attributes?[.size] as? NSNumber)?.int64Value
    }

    /// Reads JSON lines from bytes in memory (tests, small inputs).
    public init(bytes: [UInt8]) {
        source = CSVMemoryByteSource(bytes)
        fileSize = Int64(bytes.count)
    }

    /// Nil: each line names its own keys.
    public var columnNames: [String]? { nil }
    /// Nil: JSON lines have no header.
    public var headerBytes: [UInt8]? { nil }
    /// Always UTF-8.
    public var encodingName: String? { "utf-8" }

    /// Registers `name` as a column and returns its index; any name is accepted.
    public func columnIndex(of name: String) -> Int? {
        if let index = indexByName[name] { return index }
        columns.append(name)
        indexByName[name] = columns.count - 1
        return columns.count - 1
    }

    /// The next non-blank line as a row.
    public func next() throws(ImportError) -> SourceRecord? {
        while true {
            guard let (offset, bytes) = try nextLine() else { return nil }
            line += 1
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return record(bytes, offset: offset)
        }
    }

    private func record(_ bytes: [UInt8], offset: Int64) -> SourceRecord {
        var raw = bytes
        if raw.last == 0x0D { raw.removeLast() }
        var storage: [UInt8] = []
        var slots = [UInt64](repeating: 0, count: columns.count)
        var numeric = Set<Int>()
        var diagnostics: [ImportDiagnostic] = []
        do {
            let document = try JSONDocument(parsing: raw)
            guard document.root.kind == .object else {
                throw JSONError(code: .invalidValue, message: "The line is JSON but not an object.")
            }
            for (index, name) in columns.enumerated() {
                guard let node = Self.lookUp(name, in: document.root) else { continue }
                let text: String
                switch node.kind {
                case .null: continue
                case .string: text = node.stringValue ?? ""
                case .int, .double:
                    text = node.numberText ?? ""
                    numeric.insert(index)
                case .bool: text = node.boolValue == true ? "true" : "false"
                case .array, .object:
                    diagnostics.append(
                        ImportDiagnostic(
                            code: .invalidValue,
                            message: "The key holds a JSON object or array, not a single value. Map a nested key with a dotted name, like 'adres.postcode'.",
                            row: line, column: name))
                    continue
                }
                let start = storage.count
                storage.append(contentsOf: text.utf8)
                slots[index] = CSVFieldSlot.make(start: start, end: storage.count, needsUnescape: false)
            }
        } catch let error as JSONError {
            let code: ImportDiagnostic.Code = error.code == .invalidUTF8 ? .encoding : .malformedRow
            diagnostics.append(
                ImportDiagnostic(
                    code: code,
                    message: "Line \(line) is not a JSON object (\(error.code.rawValue)\(error.byteOffset.map { " at byte \($0) of the line" } ?? "")). Each line must hold one JSON object.",
                    row: line))
        } catch {
            diagnostics.append(ImportDiagnostic(code: .malformedRow, message: "Line \(line) cannot be read as JSON.", row: line))
        }
        return SourceRecord(
            row: line, byteOffset: offset, rawBytes: raw, diagnostics: diagnostics, storage: storage, slots: slots,
            encoding: .utf8, numericFields: numeric)
    }

    private static func lookUp(_ name: String, in root: JSONNode) -> JSONNode? {
        if let direct = root[name] { return direct }
        guard name.contains(".") else { return nil }
        var node = root
        for part in name.split(separator: ".") {
            guard let child = node[String(part)] else { return nil }
            node = child
        }
        return node
    }

    /// The next line's start offset and bytes (without the LF), or nil at the end.
    private func nextLine() throws(ImportError) -> (Int64, [UInt8])? {
        while true {
            if let newline = buffer[bufferStart...].firstIndex(of: 0x0A) {
                let bytes = Array(buffer[bufferStart..<newline])
                let offset = bufferFileOffset + Int64(bufferStart)
                bufferStart = newline + 1
                return (offset, bytes)
            }
            if atEnd {
                guard bufferStart < buffer.count else { return nil }
                let bytes = Array(buffer[bufferStart...])
                let offset = bufferFileOffset + Int64(bufferStart)
                bufferStart = buffer.count
                return (offset, bytes)
            }
            if buffer.count - bufferStart > maxLineBytes {
                throw ImportError(
                    code: .fileUnreadable,
                    message: "Line \(line + 1) is longer than \(maxLineBytes >> 20) MiB. Check that the file is JSON lines: one object per line.")
            }
            try refill()
        }
    }

    private func refill() throws(ImportError) {
        if bufferStart > 0 {
            bufferFileOffset += Int64(bufferStart)
            buffer.removeSubrange(0..<bufferStart)
            bufferStart = 0
        }
        let chunk = 256 << 10
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        let count: Int
        do {
            count = try buffer.withUnsafeMutableBytes { all throws(CSVError) in
                try source.read(into: UnsafeMutableRawBufferPointer(rebasing: all[oldCount...]))
            }
        } catch let error as CSVError {
            throw ImportError(code: .fileUnreadable, message: error.message)
        } catch {
            throw ImportError(code: .fileUnreadable, message: "Reading the file failed.")
        }
        buffer.removeSubrange((oldCount + count)...)
        if count == 0 { atEnd = true }
    }
}
