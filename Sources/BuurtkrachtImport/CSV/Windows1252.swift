/// The Windows-1252 code page: decoding to and encoding from Unicode.
enum Windows1252 {
    /// Unicode scalars for bytes 0x80–0x9F; 0 marks the five undefined bytes.
    static let highTable: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,  // 88–8F
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,  // 98–9F
    ]

    /// Whether `byte` has a character in Windows-1252.
    @inline(__always)
    static func isDefined(_ byte: UInt8) -> Bool {
        !(0x80...0x9F ~= byte) || highTable[Int(byte) - 0x80] != 0
    }

    /// The index of the first undefined byte, or `nil`.
    static func firstUndefinedIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for index in bytes.indices where !isDefined(bytes[index]) {
            return index
        }
        return nil
    }

    /// The index of the first byte that begins a multi-byte UTF-8 sequence (a sign of mixed
    /// encodings), or `nil`.
    static func firstUTF8LookingIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for index in bytes.indices where bytes[index] >= 0xC2 {
            if let length = UTF8Validation.sequenceLength(bytes, at: index), length > 1 {
                return index
            }
        }
        return nil
    }

    /// Decodes Windows-1252 bytes; undefined bytes become U+FFFD (the record carries an error
    /// diagnostic for them).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if UTF8Validation.firstNonASCIIIndex(bytes) == nil {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: bytes.count * 3) { out in
            var written = 0
            for byte in bytes {
                if byte < 0x80 {
                    out[written] = byte
                    written += 1
                    continue
                }
                var scalar = UInt32(byte)
                if byte < 0xA0 {
                    scalar = highTable[Int(byte) - 0x80]
                    if scalar == 0 { scalar = 0xFFFD }
                }
                if scalar < 0x800 {
                    out[written] = UInt8(0xC0 | (scalar >> 6))
                    out[written + 1] = UInt8(0x80 | (scalar & 0x3F))
                    written += 2
                } else {
                    out[written] = UInt8(0xE0 | (scalar >> 12))
                    out[written + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                    out[written + 2] = UInt8(0x80 | (scalar & 0x3F))
                    written += 3
                }
            }
            return written
        }
    }

    /// The Windows-1252 byte for `scalar`, or `nil` if it has none.
    static func encode(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 || (0xA0...0xFF).contains(value) { return UInt8(value) }
        guard value > 0xFF, let index = highTable.firstIndex(of: value) else { return nil }
        return UInt8(0x80 + index)
    }
}
