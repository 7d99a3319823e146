/// `shutdown`: asks the server to stop taking requests (as in LSP). The server first lets every
/// request in flight finish, then answers `null`; after it only `exit` is accepted.
public enum Shutdown: RPCMethod {
    /// `"shutdown"`.
    public static let name = "shutdown"
    /// What the method does.
    public static let summary = "Finishes the requests in flight, then stops taking requests; answers null. Send `exit` next."
    /// Allowed at any time.
    public static let requiresSession = false

    /// Marks the session as shutting down.
    public static func handle(_ params: RPCEmpty, in context: RPCRequestContext) async throws -> RPCNull {
        context.session.beginShutdown()
        return RPCNull()
    }
}
