/// A `null` result, as `shutdown` answers.
public struct RPCNull: Codable, Sendable, Hashable, JSONSchemaProviding {
    /// The null value.
    public init() {}

    /// Decodes `null`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard container.decodeNil() else {
            throw DecodingError.typeMismatch(RPCNull.self, .init(codingPath: decoder.codingPath, debugDescription: "Expected null."))
        }
    }

    /// Encodes `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }

    /// `{"type": "null"}`.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema { JSONSchema(type: "null") }

    /// `null`.
    public static var schemaPlaceholder: RPCNull { RPCNull() }
}
