internal import CJSONC
import Foundation

/// Appends compact JSON to a byte array: the output side of the layer.
///
/// Encoding is done here in Swift rather than by building json-c objects and calling
/// `json_object_to_json_string_length`: on the benchmark response the json-c route costs more
/// for tree building + serialisation alone than this writer costs for the whole Codable encode
/// (see the benchmark's "json-c build+serialize" row), and json-c prints doubles with `%.17g`
/// (`0.1` → `0.10000000000000001`) where Swift gives the shortest round-tripping form.
struct JSONByteWriter: ~Copyable {
    /// Output storage, managed by hand: one capacity check per write instead of per byte, and no
    /// uniqueness checks.
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count: Int
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        self.base = .allocate(capacity: self.capacity)
        self.count = 0
    }

    deinit { base.deallocate() }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Calls `body` with the bytes written so far.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(minimum: count &+ extra) }
    }

    @inline(never)
    mutating func grow(minimum: Int) {
        var newCapacity = capacity &* 2
        while newCapacity < minimum { newCapacity &*= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let address = source.baseAddress, source.count > 0 else { return }
        reserve(source.count)
        (base + count).update(from: address, count: source.count)
        count &+= source.count
    }

    @inline(__always)
    mutating func append(_ other: [UInt8]) {
        other.withUnsafeBufferPointer { append($0) }
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Inserts `other` at `offset`, moving later bytes up (used to splice nested-container buffers).
    mutating func insert(_ other: [UInt8], at offset: Int) {
        let n = other.count
        guard n > 0 else { return }
        reserve(n)
        (base + offset + n).update(from: base + offset, count: count - offset)
        other.withUnsafeBufferPointer { source in
            if let address = source.baseAddress { (base + offset).update(from: address, count: n) }
        }
        count &+= n
    }

    /// Drops bytes after `newCount`.
    mutating func truncate(to newCount: Int) {
        if newCount < count { count = newCount }
    }

    // MARK: Strings

    @inline(__always)
    mutating func writeString(_ string: String) {
        var string = string
        string.withUTF8 { writeEscaped($0) }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Writes `"…"` with JSON escaping: `"` `\` and U+0000–U+001F are escaped (short forms where
    /// JSON has them, `\u00XX` otherwise); `/` and non-ASCII UTF-8 pass through unchanged.
    /// Clean stretches are found eight bytes at a time and copied with one `memcpy`.
    mutating func writeEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        let n = source.count
        reserve(n &+ 2)
        base[count] = 0x22
        count &+= 1
        guard let src = source.baseAddress else {
            base[count] = 0x22
            count &+= 1
            return
        }
        let raw = UnsafeRawPointer(src)
        var runStart = 0
        var i = 0
        while i < n {
            if i &+ 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let control = (w &- 0x2020_2020_2020_2020) & ~w & JSONByteWriter.highs
                let q = w ^ 0x2222_2222_2222_2222
                let quote = (q &- JSONByteWriter.ones) & ~q & JSONByteWriter.highs
                let b = w ^ 0x5C5C_5C5C_5C5C_5C5C
                let backslash = (b &- JSONByteWriter.ones) & ~b & JSONByteWriter.highs
                if control | quote | backslash == 0 {
                    i &+= 8
                    continue
                }
            }
            let c = src[i]
            if c >= 0x20 && c != 0x22 && c != 0x5C {
                i &+= 1
                continue
            }
            if runStart < i {
                append(UnsafeBufferPointer(start: src + runStart, count: i &- runStart))
            }
            reserve(6 &+ (n &- i) &+ 1)
            switch c {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            default:
                append("\\u00")
                append(JSONByteWriter.hexDigit(c >> 4))
                append(JSONByteWriter.hexDigit(c & 0xF))
            }
            i &+= 1
            runStart = i
        }
        if runStart < n {
            append(UnsafeBufferPointer(start: src + runStart, count: n &- runStart))
        }
        append(0x22)
    }

    @inline(__always)
    static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 &+ v : 0x61 &+ v &- 10 }

    // MARK: Numbers

    mutating func writeInt(_ value: Int64) {
        if value < 0 {
            append(0x2D)
            writeUInt(value.magnitude)
        } else {
            writeUInt(UInt64(value))
        }
    }

    mutating func writeUInt(_ value: UInt64) {
        if value < 10 {
            append(0x30 &+ UInt8(truncatingIfNeeded: value))
            return
        }
        var digits = 1
        var probe = value
        while probe >= 10 { probe /= 10; digits &+= 1 }
        reserve(digits)
        var v = value
        var i = count &+ digits
        while v != 0 {
            i &-= 1
            let (q, r) = v.quotientAndRemainder(dividingBy: 10)
            base[i] = 0x30 &+ UInt8(truncatingIfNeeded: r)
            v = q
        }
        count &+= digits
    }

    /// Writes a finite double in its shortest round-tripping form; integral values below 2^53
    /// are written without a fraction (`100`; negative zero as `-0.0`).
    mutating func writeDouble(_ value: Double) {
        if value.rounded(.towardZero) == value && value.magnitude < 9_007_199_254_740_992 {
            if value == 0 && value.sign == .minus {
                append("-0.0")
            } else {
                writeInt(Int64(value))
            }
            return
        }
        var text = value.description
        text.withUTF8 { append($0) }
    }

    /// Writes a finite float in its shortest round-tripping (as Float) form; integral values below
    /// 2^53 without a fraction.
    mutating func writeFloat(_ value: Float) {
        if value.rounded(.towardZero) == value && value.magnitude < 9_007_199_254_740_992 {
            if value == 0 && value.sign == .minus {
                append("-0.0")
            } else {
                writeInt(Int64(value))
            }
            return
        }
        var text = value.description
        text.withUTF8 { append($0) }
    }

    // MARK: json-c nodes

    /// Writes a json-c value compactly. Doubles keep their source text when it is valid JSON.
    mutating func writeNode(_ object: OpaquePointer?) throws {
        switch json_object_get_type(object) {
        case json_type_null:
            append("null")
        case json_type_boolean:
            if json_object_get_boolean(object) != 0 { append("true") } else { append("false") }
        case json_type_int:
            let value = json_object_get_int64(object)
            if value == .max { writeUInt(json_object_get_uint64(object)) } else { writeInt(value) }
        case json_type_double:
            try writeDoubleNode(object)
        case json_type_string:
            if let chars = json_object_get_string(object) {
                let length = Int(json_object_get_string_len(object))
                UnsafeRawPointer(chars).withMemoryRebound(to: UInt8.self, capacity: length) {
                    writeEscaped(UnsafeBufferPointer(start: $0, count: length))
                }
            } else {
                append("\"\"")
            }
        case json_type_array:
            append(0x5B)
            let n = json_object_array_length(object)
            for i in 0..<n {
                if i > 0 { append(0x2C) }
                try writeNode(json_object_array_get_idx(object, i))
            }
            append(0x5D)
        case json_type_object:
            append(0x7B)
            var entry = bk_object_head(object)
            var first = true
            while let current = entry {
                if !first { append(0x2C) }
                first = false
                if let key = bk_entry_key(current) {
                    let length = strlen(key)
                    UnsafeRawPointer(key).withMemoryRebound(to: UInt8.self, capacity: length) {
                        writeEscaped(UnsafeBufferPointer(start: $0, count: length))
                    }
                } else {
                    append("\"\"")
                }
                append(0x3A)
                try writeNode(bk_entry_value(current))
                entry = bk_entry_next(current)
            }
            append(0x7D)
        default:
            append("null")
        }
    }

    /// Writes a json-c double: its source text if that is a valid JSON number, otherwise the
    /// shortest form of the value. Non-finite values throw.
    mutating func writeDoubleNode(_ object: OpaquePointer?) throws {
        let value = json_object_get_double(object)
        guard value.isFinite else {
            throw JSONError(code: .nonFiniteNumber, message: "The document holds NaN or an infinite number (json-c accepts NaN/Infinity literals and overflowing exponents); JSON cannot represent it.")
        }
        if let source = bk_double_source_text(object) {
            let length = strlen(source)
            let written: Bool = UnsafeRawPointer(source).withMemoryRebound(to: UInt8.self, capacity: length) {
                let text = UnsafeBufferPointer(start: $0, count: length)
                guard JSONByteWriter.isValidJSONNumber(text) else { return false }
                append(text)
                return true
            }
            if written { return }
        }
        writeDouble(value)
    }

    /// Whether `text` matches the JSON number grammar `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    static func isValidJSONNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = text.count
        var i = 0
        if i < n && text[i] == 0x2D { i += 1 }
        guard i < n else { return false }
        if text[i] == 0x30 {
            i += 1
        } else if text[i] >= 0x31 && text[i] <= 0x39 {
            while i < n && text[i] &- 0x30 < 10 { i += 1 }
        } else {
            return false
        }
        if i < n && text[i] == 0x2E {
            i += 1
            let start = i
            while i < n && text[i] &- 0x30 < 10 { i += 1 }
            guard i > start else { return false }
        }
        if i < n && (text[i] == 0x65 || text[i] == 0x45) {
            i += 1
            if i < n && (text[i] == 0x2B || text[i] == 0x2D) { i += 1 }
            let start = i
            while i < n && text[i] &- 0x30 < 10 { i += 1 }
            guard i > start else { return false }
        }
        return i == n
    }
}
