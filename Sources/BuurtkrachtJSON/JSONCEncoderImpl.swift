import Foundation

/// One open array/object in the output.
struct EncodingLevel {
    var isObject: Bool
    var count: Int
    /// Side buffers of nested containers / super encoders, spliced in (at these offsets) on close.
    var holes: [(offset: Int, child: JSONCEncoderImpl)]
}

/// The streaming `Encoder`: values are written to `writer` as they are encoded, containers are
/// closed when the `encode(to:)` that opened them returns. It is also the single-value container
/// of the current value.
final class JSONCEncoderImpl: Encoder, SingleValueEncodingContainer {
    @exclusivity(unchecked) var writer: JSONByteWriter
    @exclusivity(unchecked) var pathStack: [any CodingKey]
    @exclusivity(unchecked) var levels: [EncodingLevel]
    /// `levels.count` when the current value's `encode(to:)` started.
    @exclusivity(unchecked) var valueLevelMark: Int
    let basePath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    init(basePath: [any CodingKey], userInfo: [CodingUserInfoKey: Any], capacity: Int) {
        self.writer = JSONByteWriter(capacity: capacity)
        self.pathStack = []
        self.pathStack.reserveCapacity(16)
        self.levels = []
        self.levels.reserveCapacity(16)
        self.valueLevelMark = 0
        self.basePath = basePath
        self.userInfo = userInfo
    }

    var codingPath: [any CodingKey] { basePath + pathStack }

    // MARK: Encoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let level: Int
        if levels.count > valueLevelMark && levels[valueLevelMark].isObject {
            level = valueLevelMark
        } else {
            level = openLevel(isObject: true)
        }
        return KeyedEncodingContainer(KeyedEncoder<Key>(impl: self, level: level))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let level: Int
        if levels.count > valueLevelMark && !levels[valueLevelMark].isObject {
            level = valueLevelMark
        } else {
            level = openLevel(isObject: false)
        }
        return UnkeyedEncoder(impl: self, level: level)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    // MARK: Structure

    func openLevel(isObject: Bool) -> Int {
        writer.append(isObject ? 0x7B : 0x5B)
        levels.append(EncodingLevel(isObject: isObject, count: 0, holes: []))
        return levels.count - 1
    }

    func closeLevel() {
        let level = levels.removeLast()
        for hole in level.holes.reversed() {
            writer.insert(hole.child.finish(), at: hole.offset)
        }
        writer.append(level.isObject ? 0x7D : 0x5D)
    }

    /// Closes everything still open and returns the bytes (`{}` if nothing was encoded).
    func finish() -> [UInt8] {
        close()
        return writer.bytes
    }

    /// Closes everything still open (`{}` if nothing was encoded).
    func close() {
        while !levels.isEmpty { closeLevel() }
        if writer.count == 0 { writer.append("{}") }
    }

    @inline(__always)
    func writeKey(_ key: String, level: Int) {
        if levels[level].count != 0 { writer.append(0x2C) }
        levels[level].count &+= 1
        writer.writeString(key)
        writer.append(0x3A)
    }

    @inline(__always)
    func writeComma(level: Int) {
        if levels[level].count != 0 { writer.append(0x2C) }
        levels[level].count &+= 1
    }

    /// A side encoder for a nested container or super encoder, spliced in at the current offset.
    func makeChild(key: any CodingKey, isObject: Bool?, level: Int) -> JSONCEncoderImpl {
        let child = JSONCEncoderImpl(basePath: codingPath + [key], userInfo: userInfo, capacity: 64)
        if let isObject { _ = child.openLevel(isObject: isObject) }
        levels[level].holes.append((writer.count, child))
        return child
    }

    // MARK: Errors

    func fieldPath(_ key: (any CodingKey)?) -> String {
        var path = codingPath
        if let key { path.append(key) }
        let rendered = DecodingErrorSummary.fieldPath(path)
        return rendered.isEmpty ? "(top level)" : rendered
    }

    func nonFinite(_ value: Any, key: (any CodingKey)?) -> JSONError {
        JSONError(code: .nonFiniteNumber, message: "Cannot encode \(value) at \(fieldPath(key)): JSON has no NaN or Infinity; use an optional (nil) or a finite sentinel instead.")
    }

    // MARK: Scalars

    @inline(__always)
    func encodeDouble(_ value: Double, key: (any CodingKey)?) throws {
        guard value.isFinite else { throw nonFinite(value, key: key) }
        writer.writeDouble(value)
    }

    @inline(__always)
    func encodeFloat(_ value: Float, key: (any CodingKey)?) throws {
        guard value.isFinite else { throw nonFinite(value, key: key) }
        writer.writeFloat(value)
    }

    // MARK: SingleValueEncodingContainer

    func encodeNil() { writer.append("null") }
    func encode(_ value: Bool) { writer.append(value ? "true" : "false") }
    func encode(_ value: String) { writer.writeString(value) }
    func encode(_ value: Double) throws { try encodeDouble(value, key: nil) }
    func encode(_ value: Float) throws { try encodeFloat(value, key: nil) }
    func encode(_ value: Int) { writer.writeInt(Int64(value)) }
    func encode(_ value: Int8) { writer.writeInt(Int64(value)) }
    func encode(_ value: Int16) { writer.writeInt(Int64(value)) }
    func encode(_ value: Int32) { writer.writeInt(Int64(value)) }
    func encode(_ value: Int64) { writer.writeInt(value) }
    func encode(_ value: UInt) { writer.writeUInt(UInt64(value)) }
    func encode(_ value: UInt8) { writer.writeUInt(UInt64(value)) }
    func encode(_ value: UInt16) { writer.writeUInt(UInt64(value)) }
    func encode(_ value: UInt32) { writer.writeUInt(UInt64(value)) }
    func encode(_ value: UInt64) { writer.writeUInt(value) }
    func encode<T: Encodable>(_ value: T) throws { try encodeValue(value, key: nil) }

    // MARK: Values

    /// Writes any `Encodable` at the current position; `key` is its coding-path component.
    func encodeValue<T: Encodable>(_ value: T, key: (any CodingKey)?) throws {
        // Fast paths for leaf types (checked by metatype identity, then reinterpreted).
        if T.self == String.self { writer.writeString(unsafeBitCast(value, to: String.self)); return }
        if T.self == Int.self { writer.writeInt(Int64(unsafeBitCast(value, to: Int.self))); return }
        if T.self == Date.self {
            let date = unsafeBitCast(value, to: Date.self)
            guard ISO8601DateCoding.write(date, into: &writer) else {
                throw JSONError(code: .invalidValue, message: "Cannot encode the date at \(fieldPath(key)): only years 0000–9999 can be written as ISO 8601.")
            }
            return
        }
        if T.self == Double.self { try encodeDouble(unsafeBitCast(value, to: Double.self), key: key); return }
        if T.self == Bool.self { encode(unsafeBitCast(value, to: Bool.self)); return }
        if T.self == Int64.self { writer.writeInt(unsafeBitCast(value, to: Int64.self)); return }
        if T.self == RawJSON.self { writer.append(unsafeBitCast(value, to: RawJSON.self).bytes); return }
        if T.self == JSONNode.self {
            do {
                try writer.writeNode(unsafeBitCast(value, to: JSONNode.self).object)
            } catch let error as JSONError {
                throw JSONError(code: error.code, message: "At \(fieldPath(key)): \(error.message)")
            }
            return
        }
        if T.self == Data.self { writer.writeString(unsafeBitCast(value, to: Data.self).base64EncodedString()); return }
        if T.self == URL.self { writer.writeString(unsafeBitCast(value, to: URL.self).absoluteString); return }
        if T.self == Decimal.self {
            let decimal = unsafeBitCast(value, to: Decimal.self)
            guard decimal.isFinite else { throw nonFinite(decimal, key: key) }
            var text = decimal.description
            text.withUTF8 { writer.append($0) }
            return
        }

        // General case: stream the value; close whatever containers it opened.
        let savedMark = valueLevelMark
        let startCount = writer.count
        valueLevelMark = levels.count
        if let key { pathStack.append(key) }
        defer {
            valueLevelMark = savedMark
            if key != nil, !pathStack.isEmpty { pathStack.removeLast() }
        }
        try value.encode(to: self)
        while levels.count > valueLevelMark { closeLevel() }
        if writer.count == startCount { writer.append("{}") }
    }
}
