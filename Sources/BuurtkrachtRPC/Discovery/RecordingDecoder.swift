/// The decoder ``JSONSchemaBuilder`` hands to `init(from:)`: it records what the type asks for
/// and answers with placeholder values.
final class RecordingDecoder: Decoder {
    /// What the type decoded from this decoder.
    enum Recording {
        case nothing
        case object([JSONSchema.Property])
        case array(JSONSchema?)
        case single(JSONSchema)
    }

    let builder: JSONSchemaBuilder
    var recording = Recording.nothing
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(builder: JSONSchemaBuilder) {
        self.builder = builder
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        if case .object = recording {} else { recording = .object([]) }
        return KeyedDecodingContainer(RecordingKeyedContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        recording = .array(nil)
        return RecordingUnkeyedContainer(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        RecordingSingleValueContainer(decoder: self)
    }

    /// Adds a member to the object being recorded (the first mention of a key wins).
    func record(_ key: String, _ schema: JSONSchema, required: Bool) {
        guard case .object(var properties) = recording else { return }
        guard !properties.contains(where: { $0.name == key }) else { return }
        properties.append(JSONSchema.Property(name: key, schema: schema, isRequired: required))
        recording = .object(properties)
    }
}

/// Records each key asked for; `decodeIfPresent` records it as optional.
struct RecordingKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: RecordingDecoder
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let (schema, value) = try decoder.builder.walk(T.self)
        decoder.record(key.stringValue, schema, required: !(T.self is any OptionalSchemaMarker.Type))
        return value
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        decoder.record(key.stringValue, try decoder.builder.schema(for: T.self), required: false)
        return nil
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(false, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode("", key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(Double(0), key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decode(Float(0), key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(Int(0), key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decode(Int8(0), key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decode(Int16(0), key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(Int32(0), key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(Int64(0), key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decode(UInt(0), key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decode(UInt8(0), key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decode(UInt16(0), key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decode(UInt32(0), key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decode(UInt64(0), key) }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try optional(Bool.self, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try optional(String.self, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try optional(Double.self, key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try optional(Float.self, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optional(Int.self, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try optional(Int8.self, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try optional(Int16.self, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try optional(Int32.self, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try optional(Int64.self, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try optional(UInt.self, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try optional(UInt8.self, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try optional(UInt16.self, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try optional(UInt32.self, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try optional(UInt64.self, key) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw JSONSchemaBuilder.Failure(message: "nested keyed containers ('\(key.stringValue)') are not derivable")
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw JSONSchemaBuilder.Failure(message: "nested unkeyed containers ('\(key.stringValue)') are not derivable")
    }

    func superDecoder() throws -> any Decoder { RecordingDecoder(builder: decoder.builder) }
    func superDecoder(forKey key: Key) throws -> any Decoder { RecordingDecoder(builder: decoder.builder) }

    private func decode<T: Decodable>(_ placeholder: T, _ key: Key) throws -> T {
        decoder.record(key.stringValue, try decoder.builder.schema(for: T.self), required: true)
        return placeholder
    }

    private func optional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        decoder.record(key.stringValue, try decoder.builder.schema(for: T.self), required: false)
        return nil
    }
}

/// Records the element type of the first element asked for, then reports the end.
struct RecordingUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: RecordingDecoder
    var codingPath: [any CodingKey] { [] }
    var count: Int? { nil }
    var isAtEnd: Bool { currentIndex > 0 }
    var currentIndex = 0

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (schema, value) = try decoder.builder.walk(T.self)
        decoder.recording = .array(schema)
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        throw JSONSchemaBuilder.Failure(message: "nested keyed containers in arrays are not derivable")
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw JSONSchemaBuilder.Failure(message: "nested arrays in arrays are not derivable")
    }

    mutating func superDecoder() throws -> any Decoder { RecordingDecoder(builder: decoder.builder) }
}

/// Records a single value: a primitive's JSON type, or the walked schema of a nested type.
struct RecordingSingleValueContainer: SingleValueDecodingContainer {
    let decoder: RecordingDecoder
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }

    func decode(_ type: Bool.Type) throws -> Bool { record(.boolean, false) }
    func decode(_ type: String.Type) throws -> String { record(.string, "") }
    func decode(_ type: Double.Type) throws -> Double { record(.number, 0) }
    func decode(_ type: Float.Type) throws -> Float { record(.number, 0) }
    func decode(_ type: Int.Type) throws -> Int { record(.integer, 0) }
    func decode(_ type: Int8.Type) throws -> Int8 { record(.integer, 0) }
    func decode(_ type: Int16.Type) throws -> Int16 { record(.integer, 0) }
    func decode(_ type: Int32.Type) throws -> Int32 { record(.integer, 0) }
    func decode(_ type: Int64.Type) throws -> Int64 { record(.integer, 0) }
    func decode(_ type: UInt.Type) throws -> UInt { record(.integer, 0) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { record(.integer, 0) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { record(.integer, 0) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { record(.integer, 0) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { record(.integer, 0) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (schema, value) = try decoder.builder.walk(T.self)
        decoder.recording = .single(schema)
        return value
    }

    private func record<T>(_ schema: JSONSchema, _ value: T) -> T {
        decoder.recording = .single(schema)
        return value
    }
}

/// Marks `Optional`, whose values may be `null` even when the key is required.
protocol OptionalSchemaMarker {}

extension Optional: OptionalSchemaMarker {}
