import BuurtkrachtJSON

/// A type that states its own JSON Schema instead of having it derived by walking its
/// `init(from:)`.
///
/// Schemas are derived from `Codable` types by ``JSONSchemaBuilder``, which decodes a type
/// from a recording decoder. That cannot work for leaf types whose `init(from:)` validates the
/// text it reads (a BSN, a postcode, an area code, a date, an identifier, a `RawRepresentable`
/// enum), for tagged unions, or for collections; those conform to this protocol. Conformances
/// for the core's types live in this module; conform your own types the same way.
///
/// ```swift
/// extension Severity: JSONSchemaProviding {}          // CaseIterable & RawRepresentable: automatic
/// extension Postcode: JSONSchemaProviding {
///     static func jsonSchema(in builder: JSONSchemaBuilder) -> JSONSchema {
///         JSONSchema(type: "string", pattern: "^[1-9][0-9]{3} ?[A-Za-z]{2}$")
///     }
///     static var schemaPlaceholder: Postcode { get throws { try Postcode("1234AB") } }
/// }
/// ```
public protocol JSONSchemaProviding {
    /// The schema of the type's JSON form. Use `builder` for the schemas of nested types.
    static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema

    /// A valid value, which the recording decoder returns in place of decoding one.
    static var schemaPlaceholder: Self { get throws }

    /// The name under which the schema is listed once in the document's components and
    /// referenced elsewhere; nil to write it inline. Default nil.
    static var schemaName: String? { get }
}

extension JSONSchemaProviding {
    /// Inline by default.
    public static var schemaName: String? { nil }
}

extension JSONSchemaProviding where Self: CaseIterable & RawRepresentable, RawValue == String {
    /// `{"type": "string", "enum": [every case's raw value]}`.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        .enumeration(allCases.map(\.rawValue))
    }

    /// The first case.
    public static var schemaPlaceholder: Self {
        get throws {
            guard let first = allCases.first else { throw JSONSchemaBuilder.Failure.noCases(String(describing: Self.self)) }
            return first
        }
    }

    /// The type's name: enums are listed once and referenced.
    public static var schemaName: String? { JSONSchemaBuilder.name(of: Self.self) }
}

extension JSONSchemaProviding where Self: CaseIterable & RawRepresentable, RawValue == Int {
    /// `{"type": "integer", "enum": [every case's raw value]}`, with the cases' names in the description.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        JSONSchema(
            type: "integer",
            enumValues: allCases.map { RawJSON(unchecked: Array(String($0.rawValue).utf8)) },
            description: allCases.map { "\($0.rawValue) = \($0)" }.joined(separator: ", ")
        )
    }

    /// The first case.
    public static var schemaPlaceholder: Self {
        get throws {
            guard let first = allCases.first else { throw JSONSchemaBuilder.Failure.noCases(String(describing: Self.self)) }
            return first
        }
    }

    /// The type's name.
    public static var schemaName: String? { JSONSchemaBuilder.name(of: Self.self) }
}
