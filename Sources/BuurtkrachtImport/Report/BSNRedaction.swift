/// Blanks the BSNs of a rejected row before it goes to the rejects file, which otherwise keeps
/// the row byte for byte: a BSN never leaves the importer in a file, message or log.
///
/// - CSV: every column a `bsn` field maps, and every column whose header names a BSN (mapped or
///   not), is emptied (its bytes, quotes included, are removed;
///   the delimiters stay), so that the row keeps its columns and can be corrected and imported
///   again.
/// - JSON lines: the BSN key's string value becomes `""` and a number `null`.
/// - A row whose columns cannot be trusted (broken quoting, a wrong number of fields, a line that
///   is not JSON), or whose BSN value cannot be found again in the line, has every run of 8 or 9
///   digits removed instead — the BSN could be anywhere in it — except runs that touch a letter,
///   such as the digits of a CBS code `BU03630104`.
struct BSNRedaction: Sendable {
    /// The source's column indices of the BSN columns.
    let fields: [Int]
    /// Their column names (for the JSON-lines rejects file's `blanked`).
    let columns: [String]
    /// Whether the rows are JSON lines (whose field bytes are not slices of the raw line).
    let isJSONLines: Bool

    /// The row's bytes with its BSNs blanked.
    func redact(_ record: SourceRecord) -> [UInt8] {
        let malformed = record.diagnostics.contains { $0.code == .malformedRow && $0.severity == .error }
        if fields.isEmpty && !malformed { return record.rawBytes }
        if malformed { return Self.removingDigitRuns(record.rawBytes) }
        return isJSONLines ? redactJSON(record) : redactCSV(record)
    }

    private func redactCSV(_ record: SourceRecord) -> [UInt8] {
        let ranges = fields.filter { $0 < record.slots.count }.map { index in
            let slot = record.slots[index]
            return CSVFieldSlot.start(slot)..<CSVFieldSlot.end(slot)
        }
        var bytes = record.rawBytes
        // From the last field to the first, so that earlier offsets stay valid.
        for range in Set(ranges).sorted(by: { $0.lowerBound > $1.lowerBound }) where !range.isEmpty {
            guard range.upperBound <= bytes.count else { return Self.removingDigitRuns(record.rawBytes) }
            var start = range.lowerBound
            var end = range.upperBound
            // A simply quoted field points inside its quotes; take them along.
            if start > 0, end < bytes.count, bytes[start - 1] == Self.quote, bytes[end] == Self.quote {
                start -= 1
                end += 1
            }
            bytes.removeSubrange(start..<end)
        }
        return bytes
    }

    private func redactJSON(_ record: SourceRecord) -> [UInt8] {
        var bytes = record.rawBytes
        for index in fields {
            let value = record.withField(index) { Array($0) }
            guard !value.isEmpty else { continue }
            let numeric = record.isNumeric(index)
            let needle = numeric ? value : [Self.quote] + value + [Self.quote]
            let replacement: [UInt8] = numeric ? Array("null".utf8) : [Self.quote, Self.quote]
            guard let range = Self.firstRange(of: needle, in: bytes, standalone: numeric) else {
                return Self.removingDigitRuns(record.rawBytes)
            }
            bytes.replaceSubrange(range, with: replacement)
        }
        return bytes
    }

    private static let quote = UInt8(ascii: "\"")

    /// The first occurrence of `needle`; with `standalone`, only one not inside a longer number.
    private static func firstRange(of needle: [UInt8], in bytes: [UInt8], standalone: Bool) -> Range<Int>? {
        guard needle.count <= bytes.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            let end = start + needle.count
            guard bytes[start..<end].elementsEqual(needle) else { continue }
            if standalone {
                let before = start > 0 ? bytes[start - 1] : 0x20
                let after = end < bytes.count ? bytes[end] : 0x20
                if ByteText.isDigit(before) || ByteText.isDigit(after) || before == UInt8(ascii: ".") || after == UInt8(ascii: ".") {
                    continue
                }
            }
            return start..<end
        }
        return nil
    }

    /// `bytes` without any run of exactly 8 or 9 digits that does not touch a letter.
    static func removingDigitRuns(_ bytes: [UInt8]) -> [UInt8] {
        func isLetter(_ index: Int) -> Bool {
            index >= 0 && index < bytes.count && ByteText.lower(bytes[index]) &- UInt8(ascii: "a") < 26
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard ByteText.isDigit(bytes[index]) else {
                output.append(bytes[index])
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, ByteText.isDigit(bytes[end]) { end += 1 }
            let possibleBSN = (end - index == 8 || end - index == 9) && !isLetter(index - 1) && !isLetter(end)
            if !possibleBSN { output.append(contentsOf: bytes[index..<end]) }
            index = end
        }
        return output
    }
}
