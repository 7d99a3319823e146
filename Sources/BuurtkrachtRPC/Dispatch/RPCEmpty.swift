/// No params, or an empty result: `{}` on the wire.
///
/// ```swift
/// enum Ping: RPCMethod {
///     typealias Params = RPCEmpty
///     static func handle(_ params: RPCEmpty, in context: RPCRequestContext) async throws -> RPCEmpty { RPCEmpty() }
/// }
/// ```
public struct RPCEmpty: Codable, Sendable, Hashable, JSONSchemaProviding {
    /// The empty value.
    public init() {}

    /// An object with no members.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        JSONSchema(type: "object", properties: [])
    }

    /// `{}`.
    public static var schemaPlaceholder: RPCEmpty { RPCEmpty() }
}
