/// `exit` (a notification): ends the server. The process exits with status 0 after `shutdown`,
/// 1 without it (as in LSP).
public enum Exit: RPCMethod {
    /// `"exit"`.
    public static let name = "exit"
    /// What the method does.
    public static let summary = "A notification: the server stops reading, lets requests in flight finish, and exits (status 0 after `shutdown`, else 1)."
    /// Allowed at any time.
    public static let requiresSession = false

    /// Marks the session for exit; the server stops after this message.
    public static func handle(_ params: RPCEmpty, in context: RPCRequestContext) async throws -> RPCNull {
        context.session.requestExit()
        return RPCNull()
    }
}
