public import BuurtkrachtJSON
import Logging

/// The frozen method table: routes a method name to its handler, checks the session, decodes
/// the params, runs the method and encodes its result — or says, as an ``RPCError``, why not.
///
/// Immutable and `Sendable`: one dispatcher serves every request of every session. Make one
/// with ``RPCRegistryBuilder/build(info:)``.
public struct RPCDispatcher: Sendable {
    /// The server's name and version.
    public let info: RPCServerInfo
    private let entries: [String: RPCMethodEntry]
    /// The method names, in registration order.
    public let methodNames: [String]
    /// The OpenRPC document of every method.
    public let document: OpenRPCDocument
    /// The document as JSON, as `rpc.discover` returns it.
    public let documentJSON: RawJSON

    init(info: RPCServerInfo, entries: [String: RPCMethodEntry], methodNames: [String], document: OpenRPCDocument, documentJSON: RawJSON) {
        self.info = info
        self.entries = entries
        self.methodNames = methodNames
        self.document = document
        self.documentJSON = documentJSON
    }

    /// Whether a method is registered under `name`.
    public func hasMethod(_ name: String) -> Bool { entries[name] != nil }

    /// Whether the method `name` runs in the server's read loop (see ``RPCMethod/runsInReadLoop``).
    public func runsInReadLoop(_ name: String) -> Bool { entries[name]?.runsInReadLoop ?? false }

    /// Runs `method` with `params` (nil when absent) in `context`.
    ///
    /// - Returns: the encoded result, or the error to send: -32601 for an unknown method, -32002
    ///   before `initialize`, -32600 after `shutdown`, -32602 for params that do not fit, -32800
    ///   for a cancelled request, the method's own ``RPCErrorConvertible`` errors, and -32603
    ///   (logged, not sent) for anything else.
    public func dispatch(_ method: String, params: JSONNode?, context: RPCRequestContext) async -> Result<RawJSON, RPCError> {
        guard let entry = entries[method] else { return .failure(.methodNotFound(method)) }
        if entry.requiresSession {
            switch context.session.phase {
            case .awaitingInitialize:
                return .failure(.serverNotInitialized(method))
            case .shuttingDown:
                return .failure(.invalidRequest("the session is shutting down; only 'exit' is accepted after 'shutdown'."))
            case .active:
                break
            }
        }
        do {
            let node = try entry.params.node(for: params)
            try Task.checkCancellation()
            return .success(try await entry.call(node, context))
        } catch {
            return .failure(Self.wireError(for: error, context: context))
        }
    }

    /// The error the client sees for `error`.
    static func wireError(for error: any Error, context: RPCRequestContext) -> RPCError {
        if let convertible = error as? any RPCErrorConvertible { return convertible.rpcError }
        if error is CancellationError || Task.isCancelled { return .requestCancelled() }
        // Only the type: an error's description may quote values, and values may be personal data.
        context.logger.error(
            "Internal error",
            metadata: ["method": "\(context.method)", "error": "\(String(reflecting: type(of: error)))"]
        )
        return .internalError()
    }
}
