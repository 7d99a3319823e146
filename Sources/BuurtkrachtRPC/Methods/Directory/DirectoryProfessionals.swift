public import Buurtkracht

/// `directory.professionals`: The professionals of a partner, or of all partners. Needs manageDirectory.
public enum DirectoryProfessionals: RPCMethod {
    /// `"directory.professionals"`.
    public static let name = "directory.professionals"
    /// What the method does.
    public static let summary = "The professionals of a partner, or of all partners. Needs manageDirectory."

    /// The params.
    public struct Params: Codable, Sendable {
        /// Only this partner's professionals.
        public var partner: Partner.ID?

        /// Creates the params.
        public init(partner: Partner.ID? = nil) {
            self.partner = partner
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [Professional] {
        try await context.services.directory.professionals(of: params.partner, context: context.access)
    }
}
