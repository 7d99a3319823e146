/// Derives JSON Schemas from `Decodable` types by decoding them from a recording decoder: the
/// keys a type asks for become its properties, `decodeIfPresent` makes a property optional,
/// and nested types are walked in turn. Named object types and enums are collected once in
/// ``components`` and referenced with `$ref`.
///
/// ```swift
/// let builder = JSONSchemaBuilder()
/// let schema = try builder.schema(for: SignalReport.self)   // {"$ref": "#/components/schemas/SignalReport"}
/// builder.components["SignalReport"]                        // the object schema
/// ```
///
/// Leaf types that validate what they decode, tagged unions and collections state their schema
/// through ``JSONSchemaProviding``; a type that can be walked neither way makes the builder
/// throw a ``Failure`` naming it.
public final class JSONSchemaBuilder {
    /// Why a schema could not be derived.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// What went wrong and how to fix it.
        public var message: String

        /// A tagged union or enum without cases.
        static func noCases(_ type: String) -> Failure {
            Failure(message: "\(type) has no cases to describe; give it schemaVariants (or cases).")
        }

        /// A type whose `init(from:)` rejected the recording decoder.
        static func notDerivable(_ type: String) -> Failure {
            Failure(
                message: "The schema of \(type) cannot be derived by walking its init(from:), which validates or "
                    + "switches on what it reads. Conform \(type) to JSONSchemaProviding (or JSONTaggedUnionSchema)."
            )
        }

        /// The message.
        public var description: String { message }
    }

    /// The named schemas found so far, by name.
    public private(set) var components: [String: JSONSchema] = [:]
    private var inProgress: Set<String> = []

    /// Creates a builder with no components.
    public init() {}

    /// The schema of `type`: a `$ref` for named types, inline otherwise.
    public func schema<T: Decodable>(for type: T.Type) throws -> JSONSchema {
        if T.self is any JSONSchemaProviding.Type {
            return try walk(type).schema
        }
        let name = Self.name(of: T.self)
        if components[name] != nil || inProgress.contains(name) { return .reference(to: name) }
        return try walk(type).schema
    }

    /// The members of a keyed type, in decoding order, written inline (for a method's params);
    /// nil when the type does not decode from an object.
    func properties<T: Decodable>(of type: T.Type) throws -> [JSONSchema.Property]? {
        let decoder = RecordingDecoder(builder: self)
        _ = try Self.decode(T.self, from: decoder)
        guard case .object(let properties) = decoder.recording else { return nil }
        return properties
    }

    /// The schema of one encoded value of a tagged union: an object whose tag member is a `const`.
    public func schema(ofEncoded value: some Encodable, tagKey: String) throws -> JSONSchema {
        let encoder = RecordingEncoder(builder: self, tagKey: tagKey)
        try value.encode(to: encoder)
        return JSONSchema(type: "object", properties: encoder.properties)
    }

    /// Walks `type`: its schema, and a value of it to hand back to the type being decoded.
    func walk<T: Decodable>(_ type: T.Type) throws -> (schema: JSONSchema, value: T) {
        if let provider = T.self as? any JSONSchemaProviding.Type {
            let (schema, value) = try provided(provider)
            guard let typed = value as? T else { throw Failure.notDerivable(String(describing: T.self)) }
            return (schema, typed)
        }
        let name = Self.name(of: T.self)
        inProgress.insert(name)
        defer { inProgress.remove(name) }
        let decoder = RecordingDecoder(builder: self)
        let value = try Self.decode(T.self, from: decoder)
        switch decoder.recording {
        case .object(let properties):
            if components[name] == nil {
                components[name] = JSONSchema(type: "object", properties: properties)
            }
            return (.reference(to: name), value)
        case .array(let items):
            return (.array(of: items ?? .any), value)
        case .single(let schema):
            return (schema, value)
        case .nothing:
            return (.any, value)
        }
    }

    private func provided<P: JSONSchemaProviding>(_ provider: P.Type) throws -> (JSONSchema, Any) {
        let value = try P.schemaPlaceholder
        guard let name = P.schemaName else { return (try P.jsonSchema(in: self), value) }
        if components[name] == nil && !inProgress.contains(name) {
            inProgress.insert(name)
            defer { inProgress.remove(name) }
            components[name] = try P.jsonSchema(in: self)
        }
        return (.reference(to: name), value)
    }

    private static func decode<T: Decodable>(_ type: T.Type, from decoder: RecordingDecoder) throws -> T {
        do {
            return try T(from: decoder)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.notDerivable(String(describing: T.self))
        }
    }

    /// The schema name of a type: its name without the module, `Tie.Counterpart`.
    public static func name(of type: Any.Type) -> String {
        let full = String(reflecting: type)
        guard let dot = full.firstIndex(of: "."), !full[..<dot].contains("<") else { return full }
        return String(full[full.index(after: dot)...])
    }
}
