import Foundation
internal import CJSONC

/// Keyed container over a json-c object. Keys are looked up with `json_object_object_get_ex`
/// (json-c's hash table); `extraPath` is non-empty only for `nestedContainer(keyedBy:forKey:)`.
struct KeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let impl: JSONCDecoderImpl
    let object: OpaquePointer
    let depth: Int
    let extraPath: [any CodingKey]

    var codingPath: [any CodingKey] { impl.path(depth: depth, extra: extraPath, key: nil) }

    @inline(__always)
    func path(_ key: Key) -> [any CodingKey] { impl.path(depth: depth, extra: extraPath, key: key) }

    var allKeys: [Key] {
        var keys: [Key] = []
        keys.reserveCapacity(Int(json_object_object_length(object)))
        var entry = bk_object_head(object)
        while let current = entry {
            if let name = bk_entry_key(current), let key = Key(stringValue: String(cString: name)) { keys.append(key) }
            entry = bk_entry_next(current)
        }
        return keys
    }

    /// `.some(value)` when the key is present (value nil for JSON null), `.none` when absent.
    ///
    /// Types usually decode keys in the order they were encoded, so the member after the last
    /// match is compared first (one `strcmp`); only on a miss does json-c hash the key.
    @inline(__always)
    func lookup(_ key: Key) -> OpaquePointer?? {
        let slot = depth &+ extraPath.count
        return key.stringValue.withCString { name -> OpaquePointer?? in
            let candidate = impl.cursorCandidate(slot: slot, object: object)
            if let candidate, let candidateName = bk_entry_key(candidate), strcmp(candidateName, name) == 0 {
                impl.setCursor(slot: slot, object: object, entry: candidate)
                return .some(bk_entry_value(candidate))
            }
            guard let entry = bk_object_lookup_entry(object, name) else { return .none }
            impl.setCursor(slot: slot, object: object, entry: entry)
            return .some(bk_entry_value(entry))
        }
    }

    @inline(__always)
    func require(_ key: Key) throws -> OpaquePointer? {
        guard let value = lookup(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "No value associated with key \"\(key.stringValue)\"."))
        }
        return value
    }

    func contains(_ key: Key) -> Bool { lookup(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try require(key) == nil }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try impl.unboxBool(require(key)) { path(key) } }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try impl.unboxString(require(key)) { path(key) } }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try impl.unboxDouble(require(key)) { path(key) } }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try impl.unboxFloat(require(key)) { path(key) } }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try impl.unboxInteger(require(key), as: Int.self) { path(key) } }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try impl.unboxInteger(require(key), as: Int8.self) { path(key) } }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try impl.unboxInteger(require(key), as: Int16.self) { path(key) } }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try impl.unboxInteger(require(key), as: Int32.self) { path(key) } }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try impl.unboxInteger(require(key), as: Int64.self) { path(key) } }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try impl.unboxInteger(require(key), as: UInt.self) { path(key) } }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try impl.unboxInteger(require(key), as: UInt8.self) { path(key) } }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try impl.unboxInteger(require(key), as: UInt16.self) { path(key) } }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try impl.unboxInteger(require(key), as: UInt32.self) { path(key) } }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try impl.unboxInteger(require(key), as: UInt64.self) { path(key) } }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try impl.unbox(require(key), as: T.self, depth: depth, extra: extraPath, key: key)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxBool(node) { path(key) }
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxString(node) { path(key) }
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxDouble(node) { path(key) }
    }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxFloat(node) { path(key) }
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxInteger(node, as: Int.self) { path(key) }
    }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxInteger(node, as: Int8.self) { path(key) }
    }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxInteger(node, as: Int16.self) { path(key) }
    }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxInteger(node, as: Int32.self) { path(key) }
    }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxInteger(node, as: Int64.self) { path(key) }
    }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxInteger(node, as: UInt.self) { path(key) }
    }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxInteger(node, as: UInt8.self) { path(key) }
    }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxInteger(node, as: UInt16.self) { path(key) }
    }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxInteger(node, as: UInt32.self) { path(key) }
    }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unboxInteger(node, as: UInt64.self) { path(key) }
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = lookup(key), let node = value else { return nil }
        return try impl.unbox(node, as: T.self, depth: depth, extra: extraPath, key: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let value = try require(key)
        guard let value, json_object_get_type(value) == json_type_object else {
            throw JSONCDecoderImpl.typeError([String: Any].self, value) { path(key) }
        }
        return KeyedDecodingContainer(KeyedDecoder<NestedKey>(impl: impl, object: value, depth: depth, extraPath: extraPath + [key]))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let value = try require(key)
        guard let value, json_object_get_type(value) == json_type_array else {
            throw JSONCDecoderImpl.typeError([Any].self, value) { path(key) }
        }
        return UnkeyedDecoder(impl: impl, array: value, depth: depth, extraPath: extraPath + [key])
    }

    func superDecoder() throws -> any Decoder {
        try superDecoder(named: JSONMemberKey("super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try superDecoder(named: key)
    }

    private func superDecoder(named key: any CodingKey) throws -> any Decoder {
        var value: OpaquePointer?
        _ = key.stringValue.withCString { json_object_object_get_ex(object, $0, &value) }
        return JSONCDecoderImpl(document: impl.document, node: value, basePath: impl.path(depth: depth, extra: extraPath, key: key), userInfo: impl.userInfo)
    }
}
