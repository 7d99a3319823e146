/// Collects methods, then freezes them into an immutable ``RPCDispatcher``.
///
/// Start from Buurtkracht's methods and add your own beside them; names are checked as they
/// are registered, schemas when the dispatcher is built:
///
/// ```swift
/// var builder = try RPCRegistryBuilder.buurtkracht()
/// try builder.register(MyReportExport.self)      // "myapp.reportExport"
/// let dispatcher = try builder.build()
/// ```
public struct RPCRegistryBuilder {
    private var registrations: [Registration] = []
    private var names: Set<String> = []

    private struct Registration {
        let name: String
        let make: (JSONSchemaBuilder) throws -> (RPCMethodEntry, OpenRPCDocument.Method)
    }

    /// An empty registry.
    public init() {}

    /// Every method of Buurtkracht: the session methods, `rpc.discover`, and one method per
    /// capability of the core (see `Documentation/RPC.md`).
    public static func buurtkracht() throws -> RPCRegistryBuilder {
        var builder = RPCRegistryBuilder()
        for method in BuurtkrachtMethods.all {
            try builder.register(method)
        }
        return builder
    }

    /// The names registered so far, in order.
    public var methodNames: [String] { registrations.map(\.name) }

    /// Adds a method.
    ///
    /// - Throws: ``RPCRegistryError`` when the name is taken, empty, or starts with `rpc.`
    ///   (reserved by JSON-RPC, except for the built-in `rpc.discover`).
    public mutating func register<Method: RPCMethod>(_ method: Method.Type) throws(RPCRegistryError) {
        let name = Method.name
        guard !name.isEmpty, !name.hasPrefix("rpc.") || Method.self == RPCDiscover.self else {
            throw .invalidName(name)
        }
        guard names.insert(name).inserted else { throw .duplicate(name) }
        registrations.append(
            Registration(name: name) { schemas in
                let properties = try schemas.properties(of: Method.Params.self)
                let params: [OpenRPCDocument.ContentDescriptor]
                if let properties {
                    params = properties.map { OpenRPCDocument.ContentDescriptor(name: $0.name, required: $0.isRequired, schema: $0.schema) }
                } else {
                    params = [OpenRPCDocument.ContentDescriptor(name: "params", required: true, schema: try schemas.schema(for: Method.Params.self))]
                }
                let result = OpenRPCDocument.ContentDescriptor(name: "result", required: true, schema: try schemas.schema(for: Method.Result.self))
                let description = OpenRPCDocument.Method(
                    name: name, summary: Method.summary, params: params, result: result, requiresSession: Method.requiresSession
                )
                return (RPCMethodEntry(Method.self, params: ParamsShape(keys: properties?.map(\.name))), description)
            }
        )
    }

    /// Freezes the registry: derives every method's params and result schemas and the OpenRPC
    /// document, and returns the dispatcher.
    ///
    /// - Throws: ``JSONSchemaBuilder/Failure`` naming a type whose schema cannot be derived
    ///   (conform it to ``JSONSchemaProviding``).
    public func build(info: RPCServerInfo = .buurtkracht) throws -> RPCDispatcher {
        let schemas = JSONSchemaBuilder()
        var entries: [String: RPCMethodEntry] = [:]
        var methods: [OpenRPCDocument.Method] = []
        for registration in registrations {
            do {
                let (entry, method) = try registration.make(schemas)
                entries[registration.name] = entry
                methods.append(method)
            } catch let failure as JSONSchemaBuilder.Failure {
                throw JSONSchemaBuilder.Failure(message: "Method '\(registration.name)': \(failure.message)")
            }
        }
        let document = OpenRPCDocument(
            info: OpenRPCDocument.Info(
                title: "Buurtkracht JSON-RPC",
                version: info.version,
                description: "Neighbourhood social support over JSON-RPC 2.0: call `initialize` with an access token first; every later call runs with that professional's access context, so consent rules and the audit trail apply."
            ),
            methods: methods,
            components: OpenRPCDocument.Components(
                schemas: schemas.components.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                errors: RPCErrorCode.catalogue.map { ($0.name, $0.code.rawValue, $0.meaning) }
            )
        )
        return RPCDispatcher(info: info, entries: entries, methodNames: registrations.map(\.name), document: document, documentJSON: try document.json())
    }
}
