import BuurtkrachtJSON

/// A JSON value for comparing messages structurally in tests: numbers by their text, objects
/// without member order.
enum JSONValue: Hashable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(_ node: JSONNode) {
        switch node.kind {
        case .null: self = .null
        case .bool: self = .bool(node.boolValue ?? false)
        case .int, .double: self = .number(node.numberText ?? "")
        case .string: self = .string(node.stringValue ?? "")
        case .array: self = .array(node.elements.map(JSONValue.init))
        case .object: self = .object(Dictionary(node.members.map { ($0.key, JSONValue($0.value)) }, uniquingKeysWith: { $1 }))
        }
    }

    init(parsing text: String) throws {
        self.init(try JSONDocument(parsing: text).root)
    }

    init(parsing bytes: [UInt8]) throws {
        self.init(try JSONDocument(parsing: bytes).root)
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    subscript(index: Int) -> JSONValue? {
        if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
        return nil
    }

    var string: String? { if case .string(let text) = self { text } else { nil } }
    var array: [JSONValue]? { if case .array(let elements) = self { elements } else { nil } }
    var int: Int? { if case .number(let text) = self { Int(text) } else { nil } }

    /// The same value with every error's `data` member removed (the specification's examples
    /// show no `data`; ours carries details there).
    var withoutErrorData: JSONValue {
        switch self {
        case .array(let elements): return .array(elements.map(\.withoutErrorData))
        case .object(var members):
            if case .object(var error)? = members["error"] {
                error["data"] = nil
                members["error"] = .object(error)
            }
            return .object(members)
        default: return self
        }
    }

    /// Whether this is a well-formed JSON-RPC 2.0 response object.
    var isWellFormedResponse: Bool {
        guard case .object(let members) = self, members["jsonrpc"] == .string("2.0"), let id = members["id"] else { return false }
        switch id {
        case .null, .number, .string: break
        default: return false
        }
        switch (members["result"], members["error"]) {
        case (_?, nil):
            return members.count == 3
        case (nil, .object(let error)?):
            guard error["code"]?.int != nil, error["message"]?.string != nil else { return false }
            return members.count == 3 && Set(error.keys).isSubset(of: ["code", "message", "data"])
        default:
            return false
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .number(let text): text
        case .string(let text): "\"\(text)\""
        case .array(let elements): "[" + elements.map(\.description).joined(separator: ",") + "]"
        case .object(let members): "{" + members.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
        }
    }
}
