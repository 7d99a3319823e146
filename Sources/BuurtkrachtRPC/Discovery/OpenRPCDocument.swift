public import BuurtkrachtJSON

/// An OpenRPC 1.3 document describing every registered method, generated from the registry
/// that dispatches (so it cannot drift from what the server does). `rpc.discover` returns it;
/// `buurtkracht rpc-docs` writes it to `Documentation/openrpc.json` and renders
/// `Documentation/RPC.md` from it.
public struct OpenRPCDocument: Encodable, Sendable {
    /// The OpenRPC version, `1.3.2`.
    public var openrpc = "1.3.2"
    /// Title, version and description.
    public var info: Info
    /// The methods, in registration order.
    public var methods: [Method]
    /// The named schemas and the error codes.
    public var components: Components

    /// The document's `info`.
    public struct Info: Encodable, Sendable {
        /// The API's title.
        public var title: String
        /// The server's version.
        public var version: String
        /// What the API is.
        public var description: String
    }

    /// One method.
    public struct Method: Encodable, Sendable {
        /// The method name.
        public var name: String
        /// What it does.
        public var summary: String
        /// `either`: params by name (an object) or by position (an array, in this order).
        public var paramStructure = "either"
        /// The params, in positional order.
        public var params: [ContentDescriptor]
        /// The result.
        public var result: ContentDescriptor
        /// Whether a session (`initialize`) is needed.
        public var requiresSession: Bool

        private enum CodingKeys: String, CodingKey {
            case name, summary, paramStructure, params, result, requiresSession = "x-requires-session"
        }
    }

    /// A named value and its schema.
    public struct ContentDescriptor: Encodable, Sendable {
        /// The name.
        public var name: String
        /// Whether it must be given.
        public var required: Bool
        /// Its schema.
        public var schema: JSONSchema
    }

    /// The document's `components`.
    public struct Components: Encodable, Sendable {
        /// Named schemas, sorted by name.
        public var schemas: [(name: String, schema: JSONSchema)]
        /// Error codes, by name.
        public var errors: [(name: String, code: Int, message: String)]

        private enum CodingKeys: String, CodingKey { case schemas, errors }

        private struct NameKey: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        private struct ErrorObject: Encodable {
            let code: Int
            let message: String
        }

        /// Writes the schemas and errors as objects keyed by name, in order.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            var schemaContainer = container.nestedContainer(keyedBy: NameKey.self, forKey: .schemas)
            for (name, schema) in schemas { try schemaContainer.encode(schema, forKey: NameKey(stringValue: name)) }
            var errorContainer = container.nestedContainer(keyedBy: NameKey.self, forKey: .errors)
            for error in errors {
                try errorContainer.encode(ErrorObject(code: error.code, message: error.message), forKey: NameKey(stringValue: error.name))
            }
        }
    }

    /// The document as compact JSON.
    public func json() throws -> RawJSON {
        RawJSON(unchecked: try JSONCEncoder(initialCapacity: 64 * 1024).encode(self))
    }
}
