public import Buurtkracht

/// `clients.get`: The client's record. Needs access to the client (consent, coordination or break-the-glass); audited as a read.
public enum ClientsGet: RPCMethod {
    /// `"clients.get"`.
    public static let name = "clients.get"
    /// What the method does.
    public static let summary = "The client's record. Needs access to the client (consent, coordination or break-the-glass); audited as a read."

    /// The params.
    public typealias Params = ClientParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Client {
        try await context.services.clients.client(params.client, context: context.access)
    }
}
