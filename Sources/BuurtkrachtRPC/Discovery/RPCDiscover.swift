/// `rpc.discover`: the OpenRPC document of every method this server dispatches, with params
/// and result schemas derived from the method types.
public enum RPCDiscover: RPCMethod {
    /// `"rpc.discover"`.
    public static let name = "rpc.discover"
    /// What the method does.
    public static let summary = "Returns the OpenRPC 1.3 document of every method, generated from the same registry that dispatches."
    /// Allowed at any time.
    public static let requiresSession = false

    /// The dispatcher's document.
    public static func handle(_ params: RPCEmpty, in context: RPCRequestContext) async throws -> OpenRPCDocumentJSON {
        OpenRPCDocumentJSON(json: context.dispatcher.documentJSON)
    }
}
