public import Buurtkracht

/// `clients.update`: Replaces a client's details; status, merge link and registration time stay. Needs access to the client.
public enum ClientsUpdate: RPCMethod {
    /// `"clients.update"`.
    public static let name = "clients.update"
    /// What the method does.
    public static let summary = "Replaces a client's details; status, merge link and registration time stay. Needs access to the client."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The client with its new details (the id says which).
        public var client: Client

        /// Creates the params.
        public init(client: Client) {
            self.client = client
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Client {
        try await context.services.clients.update(params.client, context: context.access)
    }
}
