/// Unkeyed container writing `,value` straight into the encoder's buffer.
struct UnkeyedEncoder: UnkeyedEncodingContainer {
    let impl: JSONCEncoderImpl
    let level: Int

    var codingPath: [any CodingKey] { impl.codingPath }
    var count: Int { impl.levels[level].count }

    mutating func encodeNil() throws {
        impl.writeComma(level: level)
        impl.encodeNil()
    }

    mutating func encode(_ value: Bool) throws {
        impl.writeComma(level: level)
        impl.encode(value)
    }

    mutating func encode(_ value: String) throws {
        impl.writeComma(level: level)
        impl.writer.writeString(value)
    }

    mutating func encode(_ value: Double) throws {
        impl.writeComma(level: level)
        try impl.encodeDouble(value, key: JSONIndexKey(count - 1))
    }

    mutating func encode(_ value: Float) throws {
        impl.writeComma(level: level)
        try impl.encodeFloat(value, key: JSONIndexKey(count - 1))
    }

    mutating func encode(_ value: Int) throws {
        impl.writeComma(level: level)
        impl.writer.writeInt(Int64(value))
    }

    mutating func encode(_ value: Int8) throws {
        impl.writeComma(level: level)
        impl.writer.writeInt(Int64(value))
    }

    mutating func encode(_ value: Int16) throws {
        impl.writeComma(level: level)
        impl.writer.writeInt(Int64(value))
    }

    mutating func encode(_ value: Int32) throws {
        impl.writeComma(level: level)
        impl.writer.writeInt(Int64(value))
    }

    mutating func encode(_ value: Int64) throws {
        impl.writeComma(level: level)
        impl.writer.writeInt(Int64(value))
    }

    mutating func encode(_ value: UInt) throws {
        impl.writeComma(level: level)
        impl.writer.writeUInt(UInt64(value))
    }

    mutating func encode(_ value: UInt8) throws {
        impl.writeComma(level: level)
        impl.writer.writeUInt(UInt64(value))
    }

    mutating func encode(_ value: UInt16) throws {
        impl.writeComma(level: level)
        impl.writer.writeUInt(UInt64(value))
    }

    mutating func encode(_ value: UInt32) throws {
        impl.writeComma(level: level)
        impl.writer.writeUInt(UInt64(value))
    }

    mutating func encode(_ value: UInt64) throws {
        impl.writeComma(level: level)
        impl.writer.writeUInt(UInt64(value))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        impl.writeComma(level: level)
        try impl.encodeValue(value, key: JSONIndexKey(count - 1))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        impl.writeComma(level: level)
        let child = impl.makeChild(key: JSONIndexKey(count - 1), isObject: true, level: level)
        return KeyedEncodingContainer(KeyedEncoder<NestedKey>(impl: child, level: 0))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        impl.writeComma(level: level)
        let child = impl.makeChild(key: JSONIndexKey(count - 1), isObject: false, level: level)
        return UnkeyedEncoder(impl: child, level: 0)
    }

    mutating func superEncoder() -> any Encoder {
        impl.writeComma(level: level)
        return impl.makeChild(key: JSONIndexKey(count - 1), isObject: nil, level: level)
    }
}
