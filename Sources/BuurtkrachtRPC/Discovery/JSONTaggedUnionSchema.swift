/// A tagged union — an enum encoded as `{"kind": "client", "id": "…"}` — whose schema is a
/// `oneOf` derived by encoding one example of every case.
///
/// The tag member becomes a `const`; every other member gets the schema of the type that was
/// encoded for it. Only the examples are written by hand, and a test checks that they decode.
///
/// ```swift
/// extension PlanSubject: JSONTaggedUnionSchema {
///     static var schemaVariants: [PlanSubject] { [.client("client-1"), .household("household-1")] }
/// }
/// ```
public protocol JSONTaggedUnionSchema: JSONSchemaProviding, Encodable {
    /// One value of every case.
    static var schemaVariants: [Self] { get }
    /// The member that names the case. Default `"kind"`.
    static var schemaTagKey: String { get }
}

extension JSONTaggedUnionSchema {
    /// `"kind"`.
    public static var schemaTagKey: String { "kind" }

    /// `oneOf` the encoded shape of every variant.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        JSONSchema(oneOf: try schemaVariants.map { try builder.schema(ofEncoded: $0, tagKey: schemaTagKey) })
    }

    /// The first variant.
    public static var schemaPlaceholder: Self {
        get throws {
            guard let first = schemaVariants.first else { throw JSONSchemaBuilder.Failure.noCases(String(describing: Self.self)) }
            return first
        }
    }

    /// The type's name.
    public static var schemaName: String? { JSONSchemaBuilder.name(of: Self.self) }
}
