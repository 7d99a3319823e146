/// Strict UTF-8 validation over raw bytes (RFC 3629: no overlong forms, no surrogates,
/// nothing above U+10FFFF).
enum UTF8Validation {
    /// The length of the valid UTF-8 sequence starting at `index`, or `nil` if the bytes there
    /// are not a complete, valid sequence.
    @inline(__always)
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let count = bytes.count
        let b0 = bytes[index]
        if b0 < 0x80 { return 1 }
        @inline(__always) func isContinuation(_ offset: Int) -> Bool {
            index + offset < count && bytes[index + offset] & 0xC0 == 0x80
        }
        switch b0 {
        case 0xC2...0xDF:
            return isContinuation(1) ? 2 : nil
        case 0xE0...0xEF:
            guard index + 1 < count else { return nil }
            let b1 = bytes[index + 1]
            let lower: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
            let upper: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            guard lower...upper ~= b1, isContinuation(2) else { return nil }
            return 3
        case 0xF0...0xF4:
            guard index + 1 < count else { return nil }
            let b1 = bytes[index + 1]
            let lower: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
            let upper: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            guard lower...upper ~= b1, isContinuation(2), isContinuation(3) else { return nil }
            return 4
        default:
            return nil
        }
    }

    /// The index of the first byte that does not start a valid UTF-8 sequence, or `nil` if all
    /// of `bytes` from `start` on is valid.
    static func firstInvalidIndex(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        var index = start
        let count = bytes.count
        while index < count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(bytes, at: index) else { return index }
            index += length
        }
        return nil
    }

    /// The index of the first byte ≥ 0x80, or `nil` when the bytes are pure ASCII.
    static func firstNonASCIIIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        let raw = UnsafeRawPointer(base)
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            index += 8
        }
        while index < count {
            if bytes[index] >= 0x80 { return index }
            index += 1
        }
        return nil
    }
}
