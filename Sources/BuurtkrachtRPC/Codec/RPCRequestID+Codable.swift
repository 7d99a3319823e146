import BuurtkrachtJSON

extension RPCRequestID: Codable, JSONSchemaProviding {
    /// Decodes an id (number, string or null) as its JSON text. Needs ``BuurtkrachtJSON/JSONCDecoder``.
    public init(from decoder: any Decoder) throws {
        let raw = try RawJSON(from: decoder)
        guard let first = raw.bytes.first, first != UInt8(ascii: "{"), first != UInt8(ascii: "["),
            first != UInt8(ascii: "t"), first != UInt8(ascii: "f")
        else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "An id is a number, a string or null."))
        }
        self.init(json: raw)
    }

    /// Writes the id's JSON text.
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }

    /// A number or a string (or null).
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        JSONSchema(oneOf: [.string, .number], description: "A request id as the request gave it: a number or a string.")
    }

    /// `null`.
    public static var schemaPlaceholder: RPCRequestID { .null }
}
