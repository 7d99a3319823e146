/// One raw row of a legacy file, as the source read it: where it is, its original bytes, and
/// its fields — not yet typed or validated.
///
/// Fields are addressed by the index the source gave their column (see
/// ``RecordSource/columnIndex(of:)``) and read as bytes or strings on demand, so that
/// validation can check a BSN or a date without making a `String`.
public struct SourceRecord: Sendable {
    /// The row number: the line on which the row starts (the header is line 1).
    public let row: Int
    /// The byte offset in the file of the row's first byte.
    public let byteOffset: Int64
    /// The row's bytes exactly as in the file, for the rejects file.
    public let rawBytes: [UInt8]
    /// Problems the source found while reading the row; an error rejects it.
    public let diagnostics: [ImportDiagnostic]

    /// The bytes the field slots point into (the raw bytes for CSV).
    let storage: [UInt8]
    /// Packed field locations (see `CSVFieldSlot`); empty slots for absent fields.
    let slots: [UInt64]
    /// How `storage` is encoded.
    let encoding: CSVEncoding
    /// For JSON: the fields that were JSON numbers (codes must be text).
    let numericFields: Set<Int>

    init(
        row: Int, byteOffset: Int64, rawBytes: [UInt8], diagnostics: [ImportDiagnostic], storage: [UInt8],
        slots: [UInt64], encoding: CSVEncoding, numericFields: Set<Int> = []
    ) {
        self.row = row
        self.byteOffset = byteOffset
        self.rawBytes = rawBytes
        self.diagnostics = diagnostics
        self.storage = storage
        self.slots = slots
        self.encoding = encoding
        self.numericFields = numericFields
    }

    /// Whether the source found an error in the row.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The number of fields.
    public var fieldCount: Int { slots.count }

    /// Calls `body` with the unquoted bytes of field `index` (empty when the row has no such field).
    func withField<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        guard index >= 0, index < slots.count else {
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
        let slot = slots[index]
        let range = CSVFieldSlot.start(slot)..<CSVFieldSlot.end(slot)
        if CSVFieldSlot.needsUnescape(slot) {
            let unescaped = storage.withUnsafeBufferPointer { CSVFieldSlot.unescape(UnsafeBufferPointer(rebasing: $0[range])) }
            return try unescaped.withUnsafeBufferPointer(body)
        }
        return try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The text of field `index` with surrounding spaces removed; empty when absent.
    func string(_ index: Int) -> String {
        let encoding = self.encoding
        return withField(index) { bytes in
            let trimmed = ByteText.trimmed(bytes)
            switch encoding {
            case .utf8: return String(decoding: trimmed, as: UTF8.self)
            case .windows1252: return Windows1252.decode(trimmed)
            }
        }
    }

    /// Whether field `index` was a JSON number.
    func isNumeric(_ index: Int) -> Bool { numericFields.contains(index) }
}

/// Small byte-level helpers for the validation hot path.
enum ByteText {
    /// `bytes` without leading and trailing spaces, tabs and non-breaking spaces (0xA0 in
    /// Windows-1252; the UTF-8 form is left alone).
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return bytes }
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// ASCII lower-casing of `byte`.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// Whether `bytes` equals `lowercaseASCII` ignoring ASCII case.
    static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercaseASCII: [UInt8]) -> Bool {
        guard bytes.count == lowercaseASCII.count else { return false }
        for index in 0..<bytes.count where lower(bytes[index]) != lowercaseASCII[index] { return false }
        return true
    }
}
