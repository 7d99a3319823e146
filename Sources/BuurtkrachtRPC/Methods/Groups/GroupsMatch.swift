public import Buurtkracht

/// `groups.match`: Groups that fit a client on some themes, best first. Needs access to the client.
public enum GroupsMatch: RPCMethod {
    /// `"groups.match"`.
    public static let name = "groups.match"
    /// What the method does.
    public static let summary = "Groups that fit a client on some themes, best first. Needs access to the client."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The client.
        public var client: Client.ID
        /// The themes to look for.
        public var themes: Set<GroupTheme>

        /// Creates the params.
        public init(client: Client.ID, themes: Set<GroupTheme>) {
            self.client = client
            self.themes = themes
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [GroupMatch] {
        try await context.services.groups.match(params.client, themes: params.themes, context: context.access)
    }
}
