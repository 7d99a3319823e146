public import Buurtkracht

/// `clients.erase`: Erases a resident's personal data with a recorded legal reason. Needs handleSubjectRequests (the data officer).
public enum ClientsErase: RPCMethod {
    /// `"clients.erase"`.
    public static let name = "clients.erase"
    /// What the method does.
    public static let summary = "Erases a resident's personal data for a legal reason (a code such as subjectRequest); "
        + "what reports count is kept anonymised and the audit chain stays valid. Needs handleSubjectRequests (the data officer)."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The client to erase.
        public var client: Client.ID
        /// The legal ground, as a code.
        public var reason: ErasureReason

        /// Creates the params.
        public init(client: Client.ID, reason: ErasureReason) {
            self.client = client
            self.reason = reason
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> ErasureReport {
        try await context.services.erasure.erase(client: params.client, reason: params.reason, context: context.access)
    }
}
