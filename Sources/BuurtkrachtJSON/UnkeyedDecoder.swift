import Foundation
internal import CJSONC

/// Unkeyed container over a json-c array. The index only advances after a successful decode.
struct UnkeyedDecoder: UnkeyedDecodingContainer {
    let impl: JSONCDecoderImpl
    let array: OpaquePointer
    let depth: Int
    let extraPath: [any CodingKey]
    let elementCount: Int
    var currentIndex = 0

    init(impl: JSONCDecoderImpl, array: OpaquePointer, depth: Int, extraPath: [any CodingKey]) {
        self.impl = impl
        self.array = array
        self.depth = depth
        self.extraPath = extraPath
        self.elementCount = json_object_array_length(array)
    }

    var count: Int? { elementCount }
    var isAtEnd: Bool { currentIndex >= elementCount }
    var codingPath: [any CodingKey] { impl.path(depth: depth, extra: extraPath, key: nil) }

    func path(_ index: Int) -> [any CodingKey] { impl.path(depth: depth, extra: extraPath, key: JSONIndexKey(index)) }

    @inline(__always)
    func element(_ type: Any.Type) throws -> OpaquePointer? {
        guard currentIndex < elementCount else {
            throw DecodingError.valueNotFound(type, .init(codingPath: path(currentIndex), debugDescription: "Unkeyed container is at end."))
        }
        return json_object_array_get_idx(array, currentIndex)
    }

    mutating func decodeNil() throws -> Bool {
        if try element(Never.self) == nil {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool {
        let node = try element(Bool.self)
        let index = currentIndex
        let value = try impl.unboxBool(node) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode(_ type: String.Type) throws -> String {
        let node = try element(String.self)
        let index = currentIndex
        let value = try impl.unboxString(node) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode(_ type: Double.Type) throws -> Double {
        let node = try element(Double.self)
        let index = currentIndex
        let value = try impl.unboxDouble(node) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode(_ type: Float.Type) throws -> Float {
        let node = try element(Float.self)
        let index = currentIndex
        let value = try impl.unboxFloat(node) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode(_ type: Int.Type) throws -> Int {
        let node = try element(Int.self)
        let index = currentIndex
        let value = try impl.unboxInteger(node, as: Int.self) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode(_ type: Int8.Type) throws -> Int8 {
        let node = try element(Int8.self)
        let index = currentIndex
        let value = try impl.unboxInteger(node, as: Int8.self) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode(_ type: Int16.Type) throws -> Int16 {
        let node = try element(Int16.self)
        let index = currentIndex
        let value = try impl.unboxInteger(node, as: Int16.self) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode(_ type: Int32.Type) throws -> Int32 {
        let node = try element(Int32.self)
        let index = currentIndex
        let value = try impl.unboxInteger(node, as: Int32.self) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode(_ type: Int64.Type) throws -> Int64 {
        let node = try element(Int64.self)
        let index = currentIndex
        let value = try impl.unboxInteger(node, as: Int64.self) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode(_ type: UInt.Type) throws -> UInt {
        let node = try element(UInt.self)
        let index = currentIndex
        let value = try impl.unboxInteger(node, as: UInt.self) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
        let node = try element(UInt8.self)
        let index = currentIndex
        let value = try impl.unboxInteger(node, as: UInt8.self) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
        let node = try element(UInt16.self)
        let index = currentIndex
        let value = try impl.unboxInteger(node, as: UInt16.self) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
        let node = try element(UInt32.self)
        let index = currentIndex
        let value = try impl.unboxInteger(node, as: UInt32.self) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
        let node = try element(UInt64.self)
        let index = currentIndex
        let value = try impl.unboxInteger(node, as: UInt64.self) { path(index) }
        currentIndex += 1
        return value
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let node = try element(T.self)
        let value = try impl.unbox(node, as: T.self, depth: depth, extra: extraPath, key: JSONIndexKey(currentIndex))
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let node = try element([String: Any].self)
        let index = currentIndex
        guard let node, json_object_get_type(node) == json_type_object else {
            throw JSONCDecoderImpl.typeError([String: Any].self, node) { path(index) }
        }
        currentIndex += 1
        return KeyedDecodingContainer(KeyedDecoder<NestedKey>(impl: impl, object: node, depth: depth, extraPath: extraPath + [JSONIndexKey(index)]))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let node = try element([Any].self)
        let index = currentIndex
        guard let node, json_object_get_type(node) == json_type_array else {
            throw JSONCDecoderImpl.typeError([Any].self, node) { path(index) }
        }
        currentIndex += 1
        return UnkeyedDecoder(impl: impl, array: node, depth: depth, extraPath: extraPath + [JSONIndexKey(index)])
    }

    mutating func superDecoder() throws -> any Decoder {
        let node = try element(Any.self)
        let decoder = JSONCDecoderImpl(document: impl.document, node: node, basePath: path(currentIndex), userInfo: impl.userInfo)
        currentIndex += 1
        return decoder
    }
}
