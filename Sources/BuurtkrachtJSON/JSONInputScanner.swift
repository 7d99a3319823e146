/// A lexical pass over the raw input that enforces what json-c 0.16 does not (or does loosely),
/// before json-c parses it:
///
/// * strict UTF-8 (json-c's own check accepts overlong forms, encoded surrogates and code points
///   above U+10FFFF),
/// * unpaired `\uD800`–`\uDFFF` escapes (json-c silently turns them into U+FFFD),
/// * raw control characters (json-c accepts them inside strings),
/// * outside strings: single-quoted strings (json-c accepts them as object keys), `NaN` /
///   `Infinity` literals (accepted by json-c), the JSON number grammar (json-c accepts `1.`),
///   and integer literals outside [Int64.min, UInt64.max] (json-c silently clamps them).
///
/// Structure (brackets, commas, colons) is left to json-c. Inside strings the scan runs eight
/// bytes at a time; the scalar path only sees bytes outside strings and the rare special bytes.
enum JSONInputScanner {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Throws the first problem found, with its byte offset.
    static func validate(_ p: UnsafePointer<UInt8>, count n: Int) throws {
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i < n {
            // Outside a string.
            let b = p[i]
            switch b {
            case 0x20, 0x0A, 0x0D, 0x09, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A:
                i &+= 1
                continue
            case 0x22:
                i &+= 1
            case 0x2D, 0x30...0x39:
                i = try numberEnd(p, n, at: i)
                continue
            case 0x74: // t
                i = try literalEnd(p, n, at: i, "true")
                continue
            case 0x66: // f
                i = try literalEnd(p, n, at: i, "false")
                continue
            case 0x6E: // n
                i = try literalEnd(p, n, at: i, "null")
                continue
            case 0x4E, 0x49: // N, I
                throw JSONError(code: .nonFiniteNumber, message: "NaN and Infinity are not valid JSON numbers; send null or a finite number.", byteOffset: i)
            case 0x27:
                throw JSONError(code: .syntax, message: "Single-quoted strings are not valid JSON; use double quotes.", byteOffset: i)
            case 0x00..<0x20:
                throw JSONError(code: .controlCharacter, message: "Unexpected control character U+00\(hex2(b)) outside a string.", byteOffset: i)
            case 0x80...0xFF:
                _ = try utf8SequenceEnd(p, n, at: i)
                throw JSONError(code: .syntax, message: "Unexpected non-ASCII character outside a string; expected a JSON value or punctuation.", byteOffset: i)
            default:
                throw JSONError(code: .syntax, message: "Unexpected character '\(Character(Unicode.Scalar(b)))'; expected a JSON value or punctuation.", byteOffset: i)
            }
            // Inside a string (just after the opening quote).
            while i < n {
                if i &+ 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let control = (w &- 0x2020_2020_2020_2020) & ~w & highs
                    let q = w ^ 0x2222_2222_2222_2222
                    let quote = (q &- ones) & ~q & highs
                    let x = w ^ 0x5C5C_5C5C_5C5C_5C5C
                    let backslash = (x &- ones) & ~x & highs
                    if (w & highs) | control | quote | backslash == 0 {
                        i &+= 8
                        continue
                    }
                }
                let c = p[i]
                if c == 0x22 {
                    i &+= 1
                    break
                } else if c == 0x5C {
                    i = try escapeEnd(p, n, at: i)
                } else if c < 0x20 {
                    throw JSONError(
                        code: .controlCharacter,
                        message: "Unescaped control character U+00\(hex2(c)) in a string; escape it (for example \\n, \\t or \\u00\(hex2(c))).",
                        byteOffset: i)
                } else if c >= 0x80 {
                    i = try utf8SequenceEnd(p, n, at: i)
                } else {
                    i &+= 1
                }
            }
        }
    }

    /// Index after the literal `word` starting at `i`.
    private static func literalEnd(_ p: UnsafePointer<UInt8>, _ n: Int, at i: Int, _ word: StaticString) throws -> Int {
        let length = word.utf8CodeUnitCount
        let expected = word.utf8Start
        var k = 0
        while k < length {
            guard i &+ k < n else {
                throw JSONError(code: .unexpectedEnd, message: "The JSON text ends inside the literal \(word).", byteOffset: n)
            }
            guard p[i &+ k] == expected[k] else {
                throw JSONError(code: .syntax, message: "Invalid literal; expected true, false or null (lowercase).", byteOffset: i &+ k)
            }
            k &+= 1
        }
        return i &+ length
    }

    /// Index after the number starting at `i`; checks the JSON number grammar and that integer
    /// literals fit in 64 bits (json-c clamps them silently otherwise).
    private static func numberEnd(_ p: UnsafePointer<UInt8>, _ n: Int, at start: Int) throws -> Int {
        @inline(__always) func isDigit(_ j: Int) -> Bool { j < n && p[j] &- 0x30 < 10 }
        func malformed(_ why: String) -> JSONError {
            JSONError(code: .invalidNumber, message: "Malformed number: \(why). Numbers look like -12, 0.5 or 1.5e-7.", byteOffset: start)
        }
        var j = start
        let negative = p[j] == 0x2D
        if negative { j &+= 1 }
        guard isDigit(j) else { throw malformed("a digit must follow '-'") }
        let digitsStart = j
        if p[j] == 0x30 {
            j &+= 1
            if isDigit(j) { throw malformed("leading zeros are not allowed") }
        } else {
            while isDigit(j) { j &+= 1 }
        }
        let digitCount = j &- digitsStart
        var isInteger = true
        if j < n && p[j] == 0x2E {
            isInteger = false
            j &+= 1
            guard isDigit(j) else { throw malformed("a digit must follow the decimal point") }
            while isDigit(j) { j &+= 1 }
        }
        if j < n && (p[j] == 0x65 || p[j] == 0x45) {
            isInteger = false
            j &+= 1
            if j < n && (p[j] == 0x2B || p[j] == 0x2D) { j &+= 1 }
            guard isDigit(j) else { throw malformed("the exponent needs digits") }
            while isDigit(j) { j &+= 1 }
        }
        if isInteger && digitCount >= 19 {
            let limit: StaticString = negative ? "9223372036854775808" : "18446744073709551615"
            let limitDigits = limit.utf8Start
            var tooLarge = digitCount > limit.utf8CodeUnitCount
            if digitCount == limit.utf8CodeUnitCount {
                for k in 0..<digitCount where p[digitsStart &+ k] != limitDigits[k] {
                    tooLarge = p[digitsStart &+ k] > limitDigits[k]
                    break
                }
            }
            if tooLarge {
                throw JSONError(
                    code: .invalidNumber,
                    message: "Integer literal outside the 64-bit range (\(negative ? "below Int64.min" : "above UInt64.max")); send it as a string, or with a fraction or exponent if precision loss is acceptable.",
                    byteOffset: start)
            }
        }
        return j
    }

    private static func hex2(_ b: UInt8) -> String {
        let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b &- 0x30)
        case 0x41...0x46: return UInt32(b &- 0x41 &+ 10)
        case 0x61...0x66: return UInt32(b &- 0x61 &+ 10)
        default: return nil
        }
    }

    private static func hex4(_ p: UnsafePointer<UInt8>, _ n: Int, at i: Int) -> UInt32? {
        guard i &+ 4 <= n,
              let a = hexValue(p[i]), let b = hexValue(p[i &+ 1]),
              let c = hexValue(p[i &+ 2]), let d = hexValue(p[i &+ 3])
        else { return nil }
        return a << 12 | b << 8 | c << 4 | d
    }

    /// Index after the escape sequence starting at the backslash at `i`.
    /// Malformed escapes are left to json-c, which reports them with its own offsets.
    private static func escapeEnd(_ p: UnsafePointer<UInt8>, _ n: Int, at i: Int) throws -> Int {
        guard i &+ 1 < n else { return i &+ 1 }
        guard p[i &+ 1] == 0x75 /* u */, let unit = hex4(p, n, at: i &+ 2) else { return i &+ 2 }
        switch unit {
        case 0xD800...0xDBFF:
            if i &+ 12 <= n, p[i &+ 6] == 0x5C, p[i &+ 7] == 0x75,
               let low = hex4(p, n, at: i &+ 8), (0xDC00...0xDFFF).contains(low) {
                return i &+ 12
            }
            throw JSONError(
                code: .invalidEscape,
                message: "Unpaired high surrogate escape; \\uD800–\\uDBFF must be followed by a \\uDC00–\\uDFFF escape.",
                byteOffset: i)
        case 0xDC00...0xDFFF:
            throw JSONError(
                code: .invalidEscape,
                message: "Unpaired low surrogate escape; \\uDC00–\\uDFFF may only follow a \\uD800–\\uDBFF escape.",
                byteOffset: i)
        default:
            return i &+ 6
        }
    }

    /// Index after the well-formed UTF-8 sequence starting at `i` (first byte >= 0x80).
    private static func utf8SequenceEnd(_ p: UnsafePointer<UInt8>, _ n: Int, at i: Int) throws -> Int {
        let b0 = p[i]
        var length = 0
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: length = 0
        }
        if length > 0 && i &+ length <= n {
            let b1 = p[i &+ 1]
            if b1 >= lower && b1 <= upper {
                var ok = true
                var k = 2
                while k < length {
                    if p[i &+ k] & 0xC0 != 0x80 { ok = false; break }
                    k &+= 1
                }
                if ok { return i &+ length }
            }
        }
        throw JSONError(
            code: .invalidUTF8,
            message: "The input is not valid UTF-8; re-encode the text as UTF-8 before sending it.",
            byteOffset: i)
    }
}
