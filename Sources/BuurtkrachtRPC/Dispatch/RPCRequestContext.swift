public import Buurtkracht
public import Logging

/// What a method handler gets besides its params: the services, the session's caller, the
/// request id, a logger, and the dispatcher (for discovery).
public struct RPCRequestContext: Sendable {
    /// The services over the server's storage.
    public let services: Services
    /// The session the request belongs to.
    public let session: RPCSession
    /// The request id; nil for a notification.
    public let id: RPCRequestID?
    /// The method called.
    public let method: String
    /// The server's logger. Never log params or results: they may hold personal data.
    public let logger: Logger
    /// The dispatcher that routed the request.
    public let dispatcher: RPCDispatcher

    /// Creates a context; the server makes one per request.
    public init(
        services: Services,
        session: RPCSession,
        id: RPCRequestID?,
        method: String,
        logger: Logger,
        dispatcher: RPCDispatcher
    ) {
        self.services = services
        self.session = session
        self.id = id
        self.method = method
        self.logger = logger
        self.dispatcher = dispatcher
    }

    /// The signed-in professional's access context: every domain call runs with it, so the
    /// core's consent rules and audit trail apply.
    ///
    /// - Throws: ``RPCErrorCode/serverNotInitialized`` before `initialize`.
    public var access: AccessContext {
        get throws(RPCError) {
            guard let context = session.accessContext else { throw RPCError.serverNotInitialized(method) }
            return context
        }
    }
}
