public import Buurtkracht

/// `consents.breakGlass`: Breaks the glass: time-limited access to one client's data in an emergency, with a reason. Audited and listed for review.
public enum ConsentsBreakGlass: RPCMethod {
    /// `"consents.breakGlass"`.
    public static let name = "consents.breakGlass"
    /// What the method does.
    public static let summary = "Breaks the glass: time-limited access to one client's data in an emergency, with a reason. Audited and listed for review."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The client.
        public var client: Client.ID
        /// Why access is needed now.
        public var reason: String

        /// Creates the params.
        public init(client: Client.ID, reason: String) {
            self.client = client
            self.reason = reason
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> BreakGlassGrant {
        try await context.services.consents.breakGlass(for: params.client, reason: params.reason, context: context.access)
    }
}
