/// `$/cancelRequest` (a notification, as in LSP): cancels the request in flight with `id`, which
/// then answers -32800 unless it had already finished.
public enum CancelRequest: RPCMethod {
    /// `"$/cancelRequest"`.
    public static let name = "$/cancelRequest"
    /// What the method does.
    public static let summary = "A notification: cancels the pending request with this id; it still answers, with -32800 Request cancelled (unless it finished first)."
    /// Allowed at any time.
    public static let requiresSession = false

    /// The params.
    public struct Params: Codable, Sendable {
        /// The id of the request to cancel, exactly as it was sent.
        public var id: RPCRequestID
    }

    /// Cancels the request; unknown ids are ignored (the request may have finished).
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> RPCNull {
        context.session.cancelRequest(params.id)
        return RPCNull()
    }
}
