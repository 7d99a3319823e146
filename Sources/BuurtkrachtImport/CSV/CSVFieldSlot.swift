/// The packed location of one field inside a record's raw bytes.
///
/// Bits 0–31 hold the start offset, bits 32–62 the end offset (exclusive), bit 63 says
/// whether the bytes need unquoting (the slot then covers the field including its quotes).
/// Plain and simply-quoted fields point directly at their content bytes.
enum CSVFieldSlot {
    private static let offsetMask: UInt64 = 0xFFFF_FFFF
    private static let endMask: UInt64 = 0x7FFF_FFFF
    private static let unescapeBit: UInt64 = 1 << 63

    @inline(__always)
    static func make(start: Int, end: Int, needsUnescape: Bool) -> UInt64 {
        UInt64(truncatingIfNeeded: start) | (UInt64(truncatingIfNeeded: end) << 32)
            | (needsUnescape ? unescapeBit : 0)
    }

    @inline(__always)
    static func start(_ slot: UInt64) -> Int { Int(truncatingIfNeeded: slot & offsetMask) }

    @inline(__always)
    static func end(_ slot: UInt64) -> Int { Int(truncatingIfNeeded: (slot >> 32) & endMask) }

    @inline(__always)
    static func needsUnescape(_ slot: UInt64) -> Bool { slot & unescapeBit != 0 }

    /// Removes the quoting of a field: an opening `"` starts a quoted section in which `""`
    /// is one `"` and a lone `"` ends the section; everything else is copied literally.
    static func unescape(_ field: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let quote = UInt8(ascii: "\"")
        var output: [UInt8] = []
        output.reserveCapacity(field.count)
        var index = 0
        var inQuotes = false
        if field.first == quote {
            inQuotes = true
            index = 1
        }
        while index < field.count {
            let byte = field[index]
            if inQuotes && byte == quote {
                if index + 1 < field.count && field[index + 1] == quote {
                    output.append(quote)
                    index += 2
                } else {
                    inQuotes = false
                    index += 1
                }
                continue
            }
            output.append(byte)
            index += 1
        }
        return output
    }
}
