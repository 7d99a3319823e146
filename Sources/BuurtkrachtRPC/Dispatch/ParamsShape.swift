import BuurtkrachtJSON

/// How a method's params look at the top level, as derived from its `Params` type: named keys
/// in decoding order (so that params given by position can be matched to names), or something
/// else (an array type, say) that is decoded as given.
struct ParamsShape: Sendable {
    /// The keys in the order `Params` decodes them; nil when `Params` is not a keyed object.
    let keys: [String]?

    /// The node to decode `Params` from: `{}` (or `[]`) for absent params, positional params
    /// matched to the keys, anything else as given.
    func node(for params: JSONNode?) throws(RPCError) -> JSONNode {
        guard let params else { return keys == nil ? Self.emptyArray.root : Self.emptyObject.root }
        guard let keys, params.kind == .array else { return params }
        let elements = params.elements
        guard elements.count <= keys.count else {
            throw RPCError.invalidParams(
                field: "params",
                reason: "has \(elements.count) positional values, but the method takes at most \(keys.count) (\(keys.joined(separator: ", ")))"
            )
        }
        var text: [UInt8] = [UInt8(ascii: "{")]
        do {
            for (index, element) in elements.enumerated() {
                if index > 0 { text.append(UInt8(ascii: ",")) }
                text.append(contentsOf: try JSONCEncoder(initialCapacity: 32).encode(keys[index]))
                text.append(UInt8(ascii: ":"))
                text.append(contentsOf: try element.rawJSON().bytes)
            }
            text.append(UInt8(ascii: "}"))
            return try JSONDocument(parsing: text).root
        } catch {
            throw RPCError.invalidParams(field: "params", reason: "holds a value JSON cannot carry (NaN or Infinity)")
        }
    }

    private static let emptyObject: JSONDocument = {
        guard let document = try? JSONDocument(parsing: Array("{}".utf8)) else { preconditionFailure("'{}' is valid JSON") }
        return document
    }()

    private static let emptyArray: JSONDocument = {
        guard let document = try? JSONDocument(parsing: Array("[]".utf8)) else { preconditionFailure("'[]' is valid JSON") }
        return document
    }()
}
