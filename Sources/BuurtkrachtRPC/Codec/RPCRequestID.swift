public import BuurtkrachtJSON

/// A request id exactly as the client wrote it: a number, a string or `null`, kept as JSON text
/// so that the response echoes it byte for byte (`1.50` stays `1.50`, `"7"` stays a string).
///
/// Two ids are equal when their JSON text is equal, which is how `$/cancelRequest` finds the
/// request it names.
public struct RPCRequestID: Sendable, Hashable, CustomStringConvertible {
    /// The id's JSON text.
    public let json: RawJSON

    /// Wraps JSON text that is a number, a string or `null`.
    public init(json: RawJSON) {
        self.json = json
    }

    /// `null`, the id of responses to messages whose id could not be read.
    public static let null = RPCRequestID(json: .null)

    /// A numeric id.
    public init(_ number: Int) {
        self.json = RawJSON(unchecked: Array(String(number).utf8))
    }

    /// The id's JSON text.
    public var description: String { json.description }

    /// The id of `node` if it is a valid id (number, string or null), else nil.
    init?(node: JSONNode) {
        switch node.kind {
        case .int, .double, .string, .null:
            guard let raw = try? node.rawJSON() else { return nil }
            self.json = raw
        case .bool, .array, .object:
            return nil
        }
    }
}
