public import Buurtkracht

/// `duplicates.flag`: Flags two clients as a possible duplicate. Needs access to both.
public enum DuplicatesFlag: RPCMethod {
    /// `"duplicates.flag"`.
    public static let name = "duplicates.flag"
    /// What the method does.
    public static let summary = "Flags two clients as a possible duplicate. Needs access to both."

    /// The params.
    public struct Params: Codable, Sendable {
        /// One client.
        public var first: Client.ID
        /// The other client.
        public var second: Client.ID

        /// Creates the params.
        public init(first: Client.ID, second: Client.ID) {
            self.first = first
            self.second = second
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> PossibleDuplicate {
        try await context.services.duplicates.flag(params.first, params.second, context: context.access)
    }
}
