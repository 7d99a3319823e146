public import Buurtkracht

/// `clients.register`: Registers a client on a lawful basis for the caller's partner and purpose, and flags possible duplicates (never merged automatically). Needs registerClients.
public enum ClientsRegister: RPCMethod {
    /// `"clients.register"`.
    public static let name = "clients.register"
    /// What the method does.
    public static let summary = "Registers a client on a lawful basis for the caller's partner and purpose, and flags possible duplicates (never merged automatically). Needs registerClients."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The client's details.
        public var client: ClientDraft
        /// The lawful basis for keeping the data (recorded as a consent for the caller's partner and purpose).
        public var basis: LawfulBasis

        /// Creates the params.
        public init(client: ClientDraft, basis: LawfulBasis) {
            self.client = client
            self.basis = basis
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> ClientRegistration {
        try await context.services.clients.register(params.client, basis: params.basis, context: context.access)
    }
}
