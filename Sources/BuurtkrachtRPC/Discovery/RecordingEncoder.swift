import BuurtkrachtJSON

/// The encoder ``JSONSchemaBuilder`` uses for one variant of a tagged union: it records the
/// members written — the tag as a `const`, every other member as the schema of its type.
final class RecordingEncoder: Encoder {
    let builder: JSONSchemaBuilder
    let tagKey: String
    var properties: [JSONSchema.Property] = []
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(builder: JSONSchemaBuilder, tagKey: String) {
        self.builder = builder
        self.tagKey = tagKey
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(RecordingKeyedEncodingContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        preconditionFailure("A tagged union encodes a keyed container; conform it to JSONSchemaProviding instead.")
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        preconditionFailure("A tagged union encodes a keyed container; conform it to JSONSchemaProviding instead.")
    }

    func record(_ key: String, _ schema: JSONSchema, required: Bool) {
        guard !properties.contains(where: { $0.name == key }) else { return }
        properties.append(JSONSchema.Property(name: key, schema: schema, isRequired: required))
    }

    /// The schema of an encoded member: a `const` for the tag, the type's schema otherwise.
    func schema<T: Encodable>(of value: T, key: String) throws -> JSONSchema {
        if key == tagKey {
            return JSONSchema(constValue: RawJSON(unchecked: try JSONCEncoder(initialCapacity: 32).encode(value)))
        }
        guard let decodable = T.self as? any Decodable.Type else {
            throw JSONSchemaBuilder.Failure(message: "\(T.self) is encoded in a tagged union but is not Decodable")
        }
        return try typeSchema(decodable)
    }

    private func typeSchema<D: Decodable>(_ type: D.Type) throws -> JSONSchema {
        try builder.schema(for: type)
    }
}

/// Records each member of one tagged-union variant.
struct RecordingKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: RecordingEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        encoder.record(key.stringValue, .any, required: false)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        encoder.record(key.stringValue, try encoder.schema(of: value, key: key.stringValue), required: true)
    }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let decodable = T.self as? any Decodable.Type else { return }
        encoder.record(key.stringValue, try schema(of: decodable), required: false)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        preconditionFailure("Nested containers in tagged unions are not derivable; conform the type to JSONSchemaProviding.")
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure("Nested containers in tagged unions are not derivable; conform the type to JSONSchemaProviding.")
    }

    mutating func superEncoder() -> any Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }

    private func schema<D: Decodable>(of type: D.Type) throws -> JSONSchema {
        try encoder.builder.schema(for: type)
    }
}
