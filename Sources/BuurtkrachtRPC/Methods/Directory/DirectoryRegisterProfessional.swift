public import Buurtkracht

/// `directory.registerProfessional`: Registers a professional of a partner. Needs manageDirectory.
public enum DirectoryRegisterProfessional: RPCMethod {
    /// `"directory.registerProfessional"`.
    public static let name = "directory.registerProfessional"
    /// What the method does.
    public static let summary = "Registers a professional of a partner. Needs manageDirectory."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The professional's name.
        public var name: String
        /// Their organisation.
        public var partner: Partner.ID
        /// Their role.
        public var role: Role

        /// Creates the params.
        public init(name: String, partner: Partner.ID, role: Role) {
            self.name = name
            self.partner = partner
            self.role = role
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Professional {
        try await context.services.directory.registerProfessional(name: params.name, partner: params.partner, role: params.role, context: context.access)
    }
}
