public import BuurtkrachtJSON

/// A JSON Schema (the subset OpenRPC documents use), as derived from `Codable` types.
///
/// ```swift
/// let schema = JSONSchema(type: "string", format: "date")
/// ```
public final class JSONSchema: Sendable, Encodable, Hashable {
    /// `$ref` to a named schema: `#/components/schemas/Signal`.
    public let ref: String?
    /// The JSON type: `"object"`, `"array"`, `"string"`, `"integer"`, `"number"`, `"boolean"`.
    public let type: String?
    /// A format: `"date-time"`, `"date"`.
    public let format: String?
    /// A regular expression a string must match.
    public let pattern: String?
    /// The allowed values.
    public let enumValues: [RawJSON]?
    /// The one allowed value (the tag of a tagged union).
    public let constValue: RawJSON?
    /// The members of an object, in the order the type decodes them.
    public let properties: [Property]?
    /// Whether an object may have other members, and their schema.
    public let additionalProperties: JSONSchema?
    /// The schema every member name of an object must match (a dictionary keyed by an enum).
    public let propertyNames: JSONSchema?
    /// The schema of an array's elements.
    public let items: JSONSchema?
    /// Whether an array's elements are distinct (a `Set`).
    public let uniqueItems: Bool?
    /// The alternatives of a tagged union.
    public let oneOf: [JSONSchema]?
    /// The smallest number allowed.
    public let minimum: Int?
    /// The largest number allowed.
    public let maximum: Int?
    /// The shortest string allowed.
    public let minLength: Int?
    /// What the value is.
    public let description: String?

    /// A member of an object schema.
    public struct Property: Sendable, Hashable {
        /// The member name.
        public let name: String
        /// Its schema.
        public let schema: JSONSchema
        /// Whether it must be present (and not null).
        public let isRequired: Bool

        /// Creates a member.
        public init(name: String, schema: JSONSchema, isRequired: Bool) {
            self.name = name
            self.schema = schema
            self.isRequired = isRequired
        }
    }

    /// Creates a schema; every part is optional.
    public init(
        ref: String? = nil,
        type: String? = nil,
        format: String? = nil,
        pattern: String? = nil,
        enumValues: [RawJSON]? = nil,
        constValue: RawJSON? = nil,
        properties: [Property]? = nil,
        additionalProperties: JSONSchema? = nil,
        propertyNames: JSONSchema? = nil,
        items: JSONSchema? = nil,
        uniqueItems: Bool? = nil,
        oneOf: [JSONSchema]? = nil,
        minimum: Int? = nil,
        maximum: Int? = nil,
        minLength: Int? = nil,
        description: String? = nil
    ) {
        self.ref = ref
        self.type = type
        self.format = format
        self.pattern = pattern
        self.enumValues = enumValues
        self.constValue = constValue
        self.properties = properties
        self.additionalProperties = additionalProperties
        self.propertyNames = propertyNames
        self.items = items
        self.uniqueItems = uniqueItems
        self.oneOf = oneOf
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.description = description
    }

    // MARK: Common schemas

    /// A string.
    public static let string = JSONSchema(type: "string")
    /// An integer.
    public static let integer = JSONSchema(type: "integer")
    /// A number.
    public static let number = JSONSchema(type: "number")
    /// `true` or `false`.
    public static let boolean = JSONSchema(type: "boolean")
    /// Any JSON value.
    public static let any = JSONSchema()

    /// A string with one of `values`.
    public static func enumeration(_ values: [String], description: String? = nil) -> JSONSchema {
        JSONSchema(type: "string", enumValues: values.map(Self.json(of:)), description: description)
    }

    /// An array of `element`.
    public static func array(of element: JSONSchema, unique: Bool = false) -> JSONSchema {
        JSONSchema(type: "array", items: element, uniqueItems: unique ? true : nil)
    }

    /// A reference to the named schema `name` in the document's components.
    public static func reference(to name: String) -> JSONSchema {
        JSONSchema(ref: "#/components/schemas/" + name)
    }

    /// The name a `$ref` points to, if this is a reference.
    public var referencedName: String? {
        ref.map { String($0.dropFirst("#/components/schemas/".count)) }
    }

    /// The JSON text of a string value.
    static func json(of string: String) -> RawJSON {
        RawJSON(unchecked: (try? JSONCEncoder(initialCapacity: 32).encode(string)) ?? Array(#""""#.utf8))
    }

    // MARK: Encodable

    private enum Key: String, CodingKey {
        case ref = "$ref", type, format, pattern, enumValues = "enum", constValue = "const", properties, required
        case additionalProperties, propertyNames, items, uniqueItems, oneOf, minimum, maximum, minLength, description
    }

    private struct NameKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Encodes the schema with its keywords in a fixed order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(ref, forKey: .ref)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(type, forKey: .type)
        try container.encodeIfPresent(format, forKey: .format)
        try container.encodeIfPresent(pattern, forKey: .pattern)
        try container.encodeIfPresent(minLength, forKey: .minLength)
        try container.encodeIfPresent(minimum, forKey: .minimum)
        try container.encodeIfPresent(maximum, forKey: .maximum)
        try container.encodeIfPresent(enumValues, forKey: .enumValues)
        try container.encodeIfPresent(constValue, forKey: .constValue)
        if let properties {
            var members = container.nestedContainer(keyedBy: NameKey.self, forKey: .properties)
            for property in properties {
                try members.encode(property.schema, forKey: NameKey(stringValue: property.name))
            }
            let required = properties.filter(\.isRequired).map(\.name)
            if !required.isEmpty { try container.encode(required, forKey: .required) }
        }
        try container.encodeIfPresent(propertyNames, forKey: .propertyNames)
        try container.encodeIfPresent(additionalProperties, forKey: .additionalProperties)
        try container.encodeIfPresent(items, forKey: .items)
        try container.encodeIfPresent(uniqueItems, forKey: .uniqueItems)
        try container.encodeIfPresent(oneOf, forKey: .oneOf)
    }

    // MARK: Hashable

    /// Schemas are equal when they encode the same.
    public static func == (lhs: JSONSchema, rhs: JSONSchema) -> Bool {
        lhs === rhs || lhs.canonicalText == rhs.canonicalText
    }

    /// Hashes the encoded form.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(canonicalText)
    }

    private var canonicalText: [UInt8] {
        (try? JSONCEncoder().encode(self)) ?? []
    }
}
