internal import CJSONC

/// A read-only view of one value inside a ``JSONDocument``.
///
/// A node holds a strong reference to its document, so it can never outlive the json-c tree it
/// points into. Nodes are cheap to copy (a reference and a pointer).
///
/// ```swift
/// let doc = try JSONDocument(parsing: #"{"id":1.50,"method":"signals.report","params":{}}"#)
/// doc.root["method"]?.stringValue     // "signals.report"
/// doc.root["id"]?.kind                // .double
/// doc.root["id"]?.numberText          // "1.50" (json-c keeps the source text of doubles)
/// ```
///
/// As an `Encodable` value, a node is written verbatim by ``JSONCEncoder`` (numbers keep their
/// source text), which is how a JSON-RPC response echoes the request `id`; other encoders get an
/// equivalent structural encoding. As a `Decodable` value it can only be produced by ``JSONCDecoder``.
///
/// `@unchecked Sendable`: the node is an immutable pair of a ``JSONDocument`` (Sendable, see its
/// thread-safety notes) and a pointer into that document's immutable tree.
public struct JSONNode: @unchecked Sendable {
    /// The JSON type of a node.
    public enum Kind: Sendable, Hashable {
        /// `null`
        case null
        /// `true` or `false`
        case bool
        /// An integer literal (held by json-c as Int64 or UInt64).
        case int
        /// A number with a fraction or exponent (json-c keeps its source text).
        case double
        /// A string.
        case string
        /// An array.
        case array
        /// An object.
        case object
    }

    /// The document this node belongs to (kept alive by the node).
    public let document: JSONDocument
    /// The json-c object, or nil for JSON null.
    let object: OpaquePointer?

    init(document: JSONDocument, object: OpaquePointer?) {
        self.document = document
        self.object = object
    }

    /// A `null` node belonging to `document`, handy as a default for absent members.
    public static func null(in document: JSONDocument) -> JSONNode {
        JSONNode(document: document, object: nil)
    }

    /// The JSON type of this node.
    public var kind: Kind {
        switch json_object_get_type(object) {
        case json_type_boolean: return .bool
        case json_type_int: return .int
        case json_type_double: return .double
        case json_type_string: return .string
        case json_type_array: return .array
        case json_type_object: return .object
        default: return .null
        }
    }

    /// Whether the value is JSON `null`.
    public var isNull: Bool { object == nil }

    /// The boolean, if this is `true`/`false`.
    public var boolValue: Bool? {
        guard json_object_get_type(object) == json_type_boolean else { return nil }
        return json_object_get_boolean(object) != 0
    }

    /// The integer, if this is an integer literal that fits in `Int64`.
    public var int64Value: Int64? {
        guard json_object_get_type(object) == json_type_int else { return nil }
        let value = json_object_get_int64(object)
        if value == .max && json_object_get_uint64(object) != UInt64(Int64.max) { return nil }
        return value
    }

    /// The integer, if this is a non-negative integer literal (fits in `UInt64` by construction).
    public var uint64Value: UInt64? {
        guard json_object_get_type(object) == json_type_int else { return nil }
        let value = json_object_get_int64(object)
        if value == .max { return json_object_get_uint64(object) }
        return value >= 0 ? UInt64(value) : nil
    }

    /// The number as a `Double` (integers are converted), if this is a number.
    ///
    /// json-c accepts `NaN`/`Infinity` literals and overflowing exponents (`1e400`); those come
    /// back non-finite here, and are rejected when decoded into a type or written out.
    public var doubleValue: Double? {
        switch json_object_get_type(object) {
        case json_type_double: return json_object_get_double(object)
        case json_type_int:
            if let value = int64Value { return Double(value) }
            return uint64Value.map(Double.init)
        default: return nil
        }
    }

    /// The number's JSON text: the source text for doubles (json-c keeps it, so `1.50` and `1e3`
    /// stay as written), the decimal form for integers; nil for non-numbers.
    public var numberText: String? {
        switch json_object_get_type(object) {
        case json_type_int:
            if let value = int64Value { return String(value) }
            return uint64Value.map { String($0) }
        case json_type_double:
            var writer = JSONByteWriter(capacity: 32)
            guard (try? writer.writeDoubleNode(object)) != nil else { return nil }
            return writer.withBytes { String(decoding: $0, as: UTF8.self) }
        default:
            return nil
        }
    }

    /// The string, if this is a string. Embedded `\u0000` is preserved.
    public var stringValue: String? {
        guard json_object_get_type(object) == json_type_string else { return nil }
        return JSONNode.string(of: object)
    }

    /// Number of elements (array) or members (object); 0 otherwise.
    public var count: Int {
        switch json_object_get_type(object) {
        case json_type_array: return json_object_array_length(object)
        case json_type_object: return Int(json_object_object_length(object))
        default: return 0
        }
    }

    /// The member named `key`, if this is an object that has it. A member whose value is `null`
    /// is returned as a node with ``kind`` `.null`; an absent member is `nil`.
    public subscript(key: String) -> JSONNode? {
        guard let object, json_object_get_type(object) == json_type_object else { return nil }
        var value: OpaquePointer?
        let found = key.withCString { json_object_object_get_ex(object, $0, &value) }
        return found != 0 ? JSONNode(document: document, object: value) : nil
    }

    /// The element at `index`, if this is an array and the index is in range.
    public subscript(index: Int) -> JSONNode? {
        guard let object, json_object_get_type(object) == json_type_array,
              index >= 0, index < json_object_array_length(object) else { return nil }
        return JSONNode(document: document, object: json_object_array_get_idx(object, index))
    }

    /// The elements of an array in order (empty for non-arrays).
    public var elements: [JSONNode] {
        guard let object, json_object_get_type(object) == json_type_array else { return [] }
        let n = json_object_array_length(object)
        var result: [JSONNode] = []
        result.reserveCapacity(n)
        for i in 0..<n {
            result.append(JSONNode(document: document, object: json_object_array_get_idx(object, i)))
        }
        return result
    }

    /// The members of an object in document order (empty for non-objects). For duplicate keys
    /// json-c keeps the last value.
    public var members: [(key: String, value: JSONNode)] {
        guard let object, json_object_get_type(object) == json_type_object else { return [] }
        var result: [(key: String, value: JSONNode)] = []
        var entry = bk_object_head(object)
        while let current = entry {
            let key = bk_entry_key(current).map { String(cString: $0) } ?? ""
            result.append((key, JSONNode(document: document, object: bk_entry_value(current))))
            entry = bk_entry_next(current)
        }
        return result
    }

    /// The node as compact JSON text, suitable for splicing into output (for example the request
    /// `id` of a JSON-RPC response).
    ///
    /// Numbers are written exactly as received: doubles from their json-c source text (`1.50`,
    /// `1e3`, `-0.0`), integers in decimal (json-c stores them as Int64/UInt64, and the parser
    /// rejects integer literals outside that range, so no digits are lost). Strings keep their
    /// value but are re-escaped minimally (`"a\/b"` is written `"a/b"`).
    ///
    /// - Throws: ``JSONError`` `.nonFiniteNumber` if the node holds NaN/Infinity (which json-c
    ///   accepts on input but JSON cannot express).
    public func rawJSON() throws -> RawJSON {
        var writer = JSONByteWriter(capacity: 64)
        try writer.writeNode(object)
        return RawJSON(unchecked: writer.bytes)
    }

    /// Decodes this node into `type` with `decoder` (default options when omitted).
    ///
    /// Coding paths in thrown `DecodingError`s are relative to this node.
    public func decode<T: Decodable>(_ type: T.Type = T.self, using decoder: JSONCDecoder = JSONCDecoder()) throws -> T {
        try decoder.decode(type, from: self)
    }

    /// Swift string for a json-c string node (nil-safe; validated UTF-8 by the input scanner).
    static func string(of object: OpaquePointer?) -> String {
        guard let chars = json_object_get_string(object) else { return "" }
        let length = Int(json_object_get_string_len(object))
        return UnsafeRawPointer(chars).withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }
}

extension JSONNode: Encodable {
    /// Writes the node verbatim with ``JSONCEncoder``; other encoders receive the equivalent
    /// structure (objects, arrays, strings, numbers, booleans, null).
    public func encode(to encoder: any Encoder) throws {
        if let impl = encoder as? JSONCEncoderImpl {
            try impl.writer.writeNode(object)
            return
        }
        switch kind {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool:
            var container = encoder.singleValueContainer()
            try container.encode(boolValue ?? false)
        case .int:
            var container = encoder.singleValueContainer()
            if let value = int64Value { try container.encode(value) } else { try container.encode(uint64Value ?? 0) }
        case .double:
            var container = encoder.singleValueContainer()
            try container.encode(doubleValue ?? 0)
        case .string:
            var container = encoder.singleValueContainer()
            try container.encode(stringValue ?? "")
        case .array:
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .object:
            var container = encoder.container(keyedBy: JSONMemberKey.self)
            for (key, value) in members { try container.encode(value, forKey: JSONMemberKey(key)) }
        }
    }
}

extension JSONNode: Decodable {
    /// Captures the value being decoded as a node. Only ``JSONCDecoder`` can do this; other
    /// decoders throw `DecodingError.dataCorrupted`.
    public init(from decoder: any Decoder) throws {
        guard let impl = decoder as? JSONCDecoderImpl else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "JSONNode can only be decoded by JSONCDecoder."))
        }
        self.init(document: impl.document, object: impl.node)
    }
}

/// A coding key for arbitrary object member names.
struct JSONMemberKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
