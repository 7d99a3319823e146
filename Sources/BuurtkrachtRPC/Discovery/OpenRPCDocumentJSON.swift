public import BuurtkrachtJSON

/// An OpenRPC document as JSON text: the result of `rpc.discover`, encoded once when the
/// dispatcher is built.
public struct OpenRPCDocumentJSON: Codable, Sendable, JSONSchemaProviding {
    /// The document's JSON text.
    public var json: RawJSON

    /// Wraps the text.
    public init(json: RawJSON) {
        self.json = json
    }

    /// Reads the document as raw JSON (with ``BuurtkrachtJSON/JSONCDecoder``).
    public init(from decoder: any Decoder) throws {
        self.json = try RawJSON(from: decoder)
    }

    /// Writes the text verbatim.
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }

    /// An object following the OpenRPC 1.3 meta-schema.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        JSONSchema(type: "object", description: "An OpenRPC 1.3 document (https://spec.open-rpc.org).")
    }

    /// `{}`.
    public static var schemaPlaceholder: OpenRPCDocumentJSON { OpenRPCDocumentJSON(json: RawJSON(unchecked: Array("{}".utf8))) }
}
