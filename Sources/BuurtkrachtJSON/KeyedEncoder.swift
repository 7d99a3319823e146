/// Keyed container writing `,"key":value` straight into the encoder's buffer.
struct KeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let impl: JSONCEncoderImpl
    let level: Int

    var codingPath: [any CodingKey] { impl.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        impl.encodeNil()
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        impl.encode(value)
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        impl.writer.writeString(value)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        try impl.encodeDouble(value, key: key)
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        try impl.encodeFloat(value, key: key)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        impl.writer.writeInt(Int64(value))
    }

    mutating func encode(_ value: Int8, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        impl.writer.writeInt(Int64(value))
    }

    mutating func encode(_ value: Int16, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        impl.writer.writeInt(Int64(value))
    }

    mutating func encode(_ value: Int32, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        impl.writer.writeInt(Int64(value))
    }

    mutating func encode(_ value: Int64, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        impl.writer.writeInt(Int64(value))
    }

    mutating func encode(_ value: UInt, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        impl.writer.writeUInt(UInt64(value))
    }

    mutating func encode(_ value: UInt8, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        impl.writer.writeUInt(UInt64(value))
    }

    mutating func encode(_ value: UInt16, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        impl.writer.writeUInt(UInt64(value))
    }

    mutating func encode(_ value: UInt32, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        impl.writer.writeUInt(UInt64(value))
    }

    mutating func encode(_ value: UInt64, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        impl.writer.writeUInt(UInt64(value))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        impl.writeKey(key.stringValue, level: level)
        try impl.encodeValue(value, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        impl.writeKey(key.stringValue, level: level)
        let child = impl.makeChild(key: key, isObject: true, level: level)
        return KeyedEncodingContainer(KeyedEncoder<NestedKey>(impl: child, level: 0))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        impl.writeKey(key.stringValue, level: level)
        let child = impl.makeChild(key: key, isObject: false, level: level)
        return UnkeyedEncoder(impl: child, level: 0)
    }

    mutating func superEncoder() -> any Encoder {
        impl.writeKey("super", level: level)
        return impl.makeChild(key: JSONMemberKey("super"), isObject: nil, level: level)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        impl.writeKey(key.stringValue, level: level)
        return impl.makeChild(key: key, isObject: nil, level: level)
    }
}
