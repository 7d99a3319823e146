public import BuurtkrachtJSON
public import Foundation

extension Array: JSONSchemaProviding where Element: Decodable {
    /// An array of the element's schema.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        .array(of: try builder.schema(for: Element.self))
    }

    /// `[]`.
    public static var schemaPlaceholder: [Element] { [] }
}

extension Set: JSONSchemaProviding where Element: Decodable {
    /// An array of distinct elements.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        .array(of: try builder.schema(for: Element.self), unique: true)
    }

    /// `[]`.
    public static var schemaPlaceholder: Set<Element> { [] }
}

extension Dictionary: JSONSchemaProviding where Key: Decodable, Value: Decodable {
    /// An object whose members all have the value's schema; with enum keys, the member names
    /// are the enum's values.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        let names: JSONSchema? = Key.self is any JSONSchemaProviding.Type ? try builder.schema(for: Key.self) : nil
        return JSONSchema(type: "object", additionalProperties: try builder.schema(for: Value.self), propertyNames: names)
    }

    /// `[:]`.
    public static var schemaPlaceholder: [Key: Value] { [:] }
}

extension Optional: JSONSchemaProviding where Wrapped: Decodable {
    /// The wrapped type's schema; the member is then optional (absent or `null`).
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        try builder.schema(for: Wrapped.self)
    }

    /// `nil`.
    public static var schemaPlaceholder: Wrapped? { nil }
}

extension Date: JSONSchemaProviding {
    /// An ISO 8601 date-time string in UTC or with an offset: `2026-11-23T10:15:30Z`.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        JSONSchema(type: "string", format: "date-time")
    }

    /// The Unix epoch.
    public static var schemaPlaceholder: Date { Date(timeIntervalSince1970: 0) }
}

extension Data: JSONSchemaProviding {
    /// Bytes as a base64 string, as the JSON coders write `Data`.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        JSONSchema(type: "string", description: "Base64-encoded bytes.")
    }

    /// No bytes.
    public static var schemaPlaceholder: Data { Data() }
}

extension RawJSON: JSONSchemaProviding {
    /// Any JSON value.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema { .any }

    /// `null`.
    public static var schemaPlaceholder: RawJSON { .null }
}
