/// One record (row) of a CSV file, with its position in the file, its original bytes and the
/// problems found while reading it.
///
/// A record is a random-access collection of its fields as `String`s. Fields are decoded
/// lazily from the raw bytes on each access, so touching only the columns you need is cheap.
/// Unquoted fields are returned byte-exact: leading zeros and leading or trailing spaces are
/// kept (`012345678`, ` 12`).
///
/// ```swift
/// while let record = try reader.next() {
///     if record.hasErrors {
///         try rejects.writeRaw(record, prefix: ["\(record.lineNumber)"])
///         continue
///     }
///     let bsn = record[0]
///     let postcode = record.value(forColumn: "Postcode", in: header)
/// }
/// ```
///
/// Records are immutable `Sendable` values and can be handed to other tasks.
public struct CSVRecord: Sendable, Hashable, RandomAccessCollection {
    /// Fields are addressed by their 0-based position.
    public typealias Index = Int
    /// Each field decodes to a `String`.
    public typealias Element = String

    /// The record's original bytes exactly as in the file (in the file's encoding, quotes and
    /// embedded line breaks included), without the line terminator that ends the record.
    ///
    /// `rawBytes` equals the file's bytes from ``byteOffset`` for `rawBytes.count` bytes, except
    /// for a ``CSVDiagnostic/Code/recordTooLarge`` record, whose raw bytes are truncated to
    /// ``CSVReaderOptions/maxRecordBytes``.
    public let rawBytes: [UInt8]
    let slots: [UInt64]
    /// The 1-based physical line on which the record starts.
    public let lineNumber: Int
    /// The number of physical lines the record spans (more than 1 when a quoted field
    /// contains line breaks).
    public let lineCount: Int
    /// The 1-based position of the record in the file; the header row, when there is one,
    /// is record 1. Blank lines are not counted.
    public let recordIndex: Int
    /// The 0-based byte offset in the file of the record's first byte.
    public let byteOffset: Int
    /// The row-level problems found in this record, in the order found.
    public let diagnostics: [CSVDiagnostic]
    /// The encoding the fields are decoded with.
    public let encoding: CSVEncoding

    init(
        rawBytes: [UInt8], slots: [UInt64], lineNumber: Int, lineCount: Int, recordIndex: Int,
        byteOffset: Int, diagnostics: [CSVDiagnostic], encoding: CSVEncoding
    ) {
        self.rawBytes = rawBytes
        self.slots = slots
        self.lineNumber = lineNumber
        self.lineCount = lineCount
        self.recordIndex = recordIndex
        self.byteOffset = byteOffset
        self.diagnostics = diagnostics
        self.encoding = encoding
    }

    /// Always 0.
    public var startIndex: Int { 0 }

    /// The number of fields.
    public var endIndex: Int { slots.count }

    /// The field at `position`, decoded to a `String`.
    ///
    /// Quotes are removed and `""` becomes `"`; everything else is returned as in the file.
    /// The position must be in `0..<count`; use ``field(at:)`` when it may not be.
    public subscript(position: Int) -> String {
        let slot = slots[position]
        let start = CSVFieldSlot.start(slot)
        let end = CSVFieldSlot.end(slot)
        let needsUnescape = CSVFieldSlot.needsUnescape(slot)
        let encoding = self.encoding
        return rawBytes.withUnsafeBufferPointer { all in
            let bytes = UnsafeBufferPointer(rebasing: all[start..<end])
            if needsUnescape {
                return CSVFieldSlot.unescape(bytes).withUnsafeBufferPointer { Self.decode($0, encoding) }
            }
            return Self.decode(bytes, encoding)
        }
    }

    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ encoding: CSVEncoding) -> String {
        switch encoding {
        case .utf8: String(decoding: bytes, as: UTF8.self)
        case .windows1252: Windows1252.decode(bytes)
        }
    }

    /// The field at `index`, or `nil` if the record has no such field.
    ///
    /// ```swift
    /// let remark = record.field(at: 14) ?? ""
    /// ```
    public func field(at index: Int) -> String? {
        indices.contains(index) ? self[index] : nil
    }

    /// The unquoted bytes of the field at `index` in the file's encoding, without decoding to
    /// a `String`; `nil` if the record has no such field.
    ///
    /// Handy for cheap checks such as "eleven digits" on a BSN before any string is made.
    public func fieldBytes(at index: Int) -> [UInt8]? {
        guard indices.contains(index) else { return nil }
        let slot = slots[index]
        let range = CSVFieldSlot.start(slot)..<CSVFieldSlot.end(slot)
        guard CSVFieldSlot.needsUnescape(slot) else { return Array(rawBytes[range]) }
        return rawBytes.withUnsafeBufferPointer { CSVFieldSlot.unescape(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// All fields decoded to strings.
    public var fields: [String] { Array(self) }

    /// The field in the column named `name` according to `header`, or `nil` if there is no
    /// such column or this record is too short to have it.
    ///
    /// ```swift
    /// let postcode = record.value(forColumn: "Postcode", in: header)
    /// ```
    public func value(forColumn name: String, in header: CSVHeader) -> String? {
        guard let index = header.index(of: name) else { return nil }
        return field(at: index)
    }

    /// Whether any diagnostic of this record has severity ``CSVDiagnostic/Severity/error``.
    public var hasErrors: Bool {
        diagnostics.contains { $0.severity == .error }
    }
}
