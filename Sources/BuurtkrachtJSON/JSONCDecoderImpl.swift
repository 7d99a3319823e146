import Foundation
internal import CJSONC

/// The `Decoder` handed to `Decodable` initialisers. One instance serves a whole decode: nested
/// values reuse it by swapping `node` and pushing their key on `pathStack` (no allocation per
/// nested value). It also acts as the single-value container for the current node.
final class JSONCDecoderImpl: Decoder, SingleValueDecodingContainer {
    let document: JSONDocument
    /// The value currently being decoded (nil = JSON null).
    @exclusivity(unchecked) var node: OpaquePointer?
    /// Keys from `basePath` down to the current value; containers remember their depth in it.
    @exclusivity(unchecked) var pathStack: [any CodingKey]
    let basePath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]
    /// Per container nesting level: the object and member last matched by a keyed lookup.
    @exclusivity(unchecked) var cursors: [(object: OpaquePointer?, entry: UnsafeMutablePointer<lh_entry>?)]

    init(document: JSONDocument, node: OpaquePointer?, basePath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) {
        self.document = document
        self.node = node
        self.basePath = basePath
        self.pathStack = []
        self.pathStack.reserveCapacity(16)
        self.userInfo = userInfo
        self.cursors = []
    }

    var codingPath: [any CodingKey] { basePath + pathStack }

    /// The member after the last one matched in `object` at `slot`, or the first member.
    @inline(__always)
    func cursorCandidate(slot: Int, object: OpaquePointer) -> UnsafeMutablePointer<lh_entry>? {
        if slot < cursors.count, cursors[slot].object == object, let entry = cursors[slot].entry {
            return bk_entry_next(entry)
        }
        return bk_object_head(object)
    }

    @inline(__always)
    func setCursor(slot: Int, object: OpaquePointer, entry: UnsafeMutablePointer<lh_entry>) {
        while cursors.count <= slot { cursors.append((nil, nil)) }
        cursors[slot] = (object, entry)
    }

    /// Coding path of a container at `depth` with nested-container keys `extra`, plus `key`.
    func path(depth: Int, extra: [any CodingKey], key: (any CodingKey)?) -> [any CodingKey] {
        var result = basePath
        result.append(contentsOf: pathStack.prefix(depth))
        result.append(contentsOf: extra)
        if let key { result.append(key) }
        return result
    }

    // MARK: Decoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let node, json_object_get_type(node) == json_type_object else {
            throw JSONCDecoderImpl.typeError([String: Any].self, node) { codingPath }
        }
        return KeyedDecodingContainer(KeyedDecoder<Key>(impl: self, object: node, depth: pathStack.count, extraPath: []))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard let node, json_object_get_type(node) == json_type_array else {
            throw JSONCDecoderImpl.typeError([Any].self, node) { codingPath }
        }
        return UnkeyedDecoder(impl: self, array: node, depth: pathStack.count, extraPath: [])
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: SingleValueDecodingContainer

    func decodeNil() -> Bool { node == nil }
    func decode(_ type: Bool.Type) throws -> Bool { try unboxBool(node) { codingPath } }
    func decode(_ type: String.Type) throws -> String { try unboxString(node) { codingPath } }
    func decode(_ type: Double.Type) throws -> Double { try unboxDouble(node) { codingPath } }
    func decode(_ type: Float.Type) throws -> Float { try unboxFloat(node) { codingPath } }
    func decode(_ type: Int.Type) throws -> Int { try unboxInteger(node, as: Int.self) { codingPath } }
    func decode(_ type: Int8.Type) throws -> Int8 { try unboxInteger(node, as: Int8.self) { codingPath } }
    func decode(_ type: Int16.Type) throws -> Int16 { try unboxInteger(node, as: Int16.self) { codingPath } }
    func decode(_ type: Int32.Type) throws -> Int32 { try unboxInteger(node, as: Int32.self) { codingPath } }
    func decode(_ type: Int64.Type) throws -> Int64 { try unboxInteger(node, as: Int64.self) { codingPath } }
    func decode(_ type: UInt.Type) throws -> UInt { try unboxInteger(node, as: UInt.self) { codingPath } }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try unboxInteger(node, as: UInt8.self) { codingPath } }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try unboxInteger(node, as: UInt16.self) { codingPath } }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try unboxInteger(node, as: UInt32.self) { codingPath } }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try unboxInteger(node, as: UInt64.self) { codingPath } }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try unbox(node, as: T.self, depth: pathStack.count, extra: [], key: nil)
    }

    // MARK: Unboxing

    static func describe(_ node: OpaquePointer?) -> String {
        switch json_object_get_type(node) {
        case json_type_boolean: return "a boolean"
        case json_type_int, json_type_double: return "a number"
        case json_type_string: return "a string"
        case json_type_array: return "an array"
        case json_type_object: return "an object"
        default: return "null"
        }
    }

    /// `valueNotFound` for null, `typeMismatch` otherwise. Never mentions the value itself.
    static func typeError(_ type: Any.Type, _ node: OpaquePointer?, _ path: () -> [any CodingKey]) -> DecodingError {
        if node == nil {
            return DecodingError.valueNotFound(type, .init(codingPath: path(), debugDescription: "Expected \(type) but found null."))
        }
        return DecodingError.typeMismatch(type, .init(codingPath: path(), debugDescription: "Expected to decode \(type) but found \(describe(node)) instead."))
    }

    static func corrupted(_ path: () -> [any CodingKey], _ message: String) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: path(), debugDescription: message))
    }

    @inline(__always)
    func unboxBool(_ node: OpaquePointer?, _ path: () -> [any CodingKey]) throws -> Bool {
        guard json_object_get_type(node) == json_type_boolean else {
            throw JSONCDecoderImpl.typeError(Bool.self, node, path)
        }
        return json_object_get_boolean(node) != 0
    }

    @inline(__always)
    func unboxString(_ node: OpaquePointer?, _ path: () -> [any CodingKey]) throws -> String {
        guard json_object_get_type(node) == json_type_string else {
            throw JSONCDecoderImpl.typeError(String.self, node, path)
        }
        return JSONNode.string(of: node)
    }

    /// Calls `body` with the UTF-8 bytes of a string node.
    @inline(__always)
    func withStringBytes<R>(_ node: OpaquePointer?, _ type: Any.Type, _ path: () -> [any CodingKey], _ body: (UnsafeBufferPointer<UInt8>) -> R) throws -> R {
        guard json_object_get_type(node) == json_type_string, let chars = json_object_get_string(node) else {
            throw JSONCDecoderImpl.typeError(type, node, path)
        }
        let length = Int(json_object_get_string_len(node))
        return UnsafeRawPointer(chars).withMemoryRebound(to: UInt8.self, capacity: length) {
            body(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    func unboxInteger<T: FixedWidthInteger>(_ node: OpaquePointer?, as type: T.Type, _ path: () -> [any CodingKey]) throws -> T {
        switch json_object_get_type(node) {
        case json_type_int:
            let value = json_object_get_int64(node)
            if value == .max {
                if let result = T(exactly: json_object_get_uint64(node)) { return result }
            } else if let result = T(exactly: value) {
                return result
            }
            throw JSONCDecoderImpl.corrupted(path, "Number does not fit in \(T.self).")
        case json_type_double:
            let value = json_object_get_double(node)
            if let result = T(exactly: value) { return result }
            throw JSONCDecoderImpl.corrupted(path, "Number is not an integer that fits in \(T.self).")
        default:
            throw JSONCDecoderImpl.typeError(T.self, node, path)
        }
    }

    func unboxDouble(_ node: OpaquePointer?, _ path: () -> [any CodingKey]) throws -> Double {
        switch json_object_get_type(node) {
        case json_type_double:
            let value = json_object_get_double(node)
            guard value.isFinite else {
                throw JSONCDecoderImpl.corrupted(path, "Number is NaN or outside the range of Double; JSON numbers must be finite.")
            }
            return value
        case json_type_int:
            let value = json_object_get_int64(node)
            return value == .max ? Double(json_object_get_uint64(node)) : Double(value)
        default:
            throw JSONCDecoderImpl.typeError(Double.self, node, path)
        }
    }

    func unboxFloat(_ node: OpaquePointer?, _ path: () -> [any CodingKey]) throws -> Float {
        let value = Float(try unboxDouble(node, path))
        guard value.isFinite else {
            throw JSONCDecoderImpl.corrupted(path, "Number does not fit in Float.")
        }
        return value
    }

    func unboxDecimal(_ node: OpaquePointer?, _ path: () -> [any CodingKey]) throws -> Decimal {
        switch json_object_get_type(node) {
        case json_type_int:
            let value = json_object_get_int64(node)
            return value == .max ? Decimal(json_object_get_uint64(node)) : Decimal(value)
        case json_type_double:
            guard let text = JSONNode(document: document, object: node).numberText,
                  let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
            else {
                throw JSONCDecoderImpl.corrupted(path, "Number cannot be represented as Decimal.")
            }
            return value
        default:
            throw JSONCDecoderImpl.typeError(Decimal.self, node, path)
        }
    }

    /// Decodes any `Decodable` from `node`, which lives at `depth`/`extra`/`key` in the coding path.
    func unbox<T: Decodable>(_ node: OpaquePointer?, as type: T.Type, depth: Int, extra: [any CodingKey], key: (any CodingKey)?) throws -> T {
        // Fast paths: common leaf types never go through `init(from:)`.
        if T.self == String.self {
            return unsafeBitCast(try unboxString(node) { path(depth: depth, extra: extra, key: key) }, to: T.self)
        }
        if T.self == Int.self {
            return unsafeBitCast(try unboxInteger(node, as: Int.self) { path(depth: depth, extra: extra, key: key) }, to: T.self)
        }
        if T.self == Date.self {
            let date = try withStringBytes(node, Date.self, { path(depth: depth, extra: extra, key: key) }) { ISO8601DateCoding.parse($0) }
            guard let date else {
                throw JSONCDecoderImpl.corrupted({ path(depth: depth, extra: extra, key: key) }, "Expected an ISO 8601 date-time such as 2026-11-23T10:15:30Z or 2026-11-23T10:15:30.250+01:00.")
            }
            return unsafeBitCast(date, to: T.self)
        }
        if T.self == Double.self {
            return unsafeBitCast(try unboxDouble(node) { path(depth: depth, extra: extra, key: key) }, to: T.self)
        }
        if T.self == Bool.self {
            return unsafeBitCast(try unboxBool(node) { path(depth: depth, extra: extra, key: key) }, to: T.self)
        }
        if T.self == Int64.self {
            return unsafeBitCast(try unboxInteger(node, as: Int64.self) { path(depth: depth, extra: extra, key: key) }, to: T.self)
        }
        if T.self == Data.self {
            let string = try unboxString(node) { path(depth: depth, extra: extra, key: key) }
            guard let data = Data(base64Encoded: string) else {
                throw JSONCDecoderImpl.corrupted({ path(depth: depth, extra: extra, key: key) }, "Expected base64-encoded data.")
            }
            return unsafeBitCast(data, to: T.self)
        }
        if T.self == URL.self {
            let string = try unboxString(node) { path(depth: depth, extra: extra, key: key) }
            guard let url = URL(string: string) else {
                throw JSONCDecoderImpl.corrupted({ path(depth: depth, extra: extra, key: key) }, "Expected a valid URL string.")
            }
            return unsafeBitCast(url, to: T.self)
        }
        if T.self == Decimal.self {
            return unsafeBitCast(try unboxDecimal(node) { path(depth: depth, extra: extra, key: key) }, to: T.self)
        }

        // General case: reuse this decoder for the nested value.
        let savedNode = self.node
        if pathStack.count > depth { pathStack.removeSubrange(depth...) }
        let pushed = extra.count + (key == nil ? 0 : 1)
        if !extra.isEmpty { pathStack.append(contentsOf: extra) }
        if let key { pathStack.append(key) }
        self.node = node
        defer {
            self.node = savedNode
            for _ in 0..<min(pushed, pathStack.count) { pathStack.removeLast() }
        }
        return try T(from: self)
    }
}
