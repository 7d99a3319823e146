public import Buurtkracht

/// `directory.registerPartner`: Registers a partner organisation. Needs manageDirectory.
public enum DirectoryRegisterPartner: RPCMethod {
    /// `"directory.registerPartner"`.
    public static let name = "directory.registerPartner"
    /// What the method does.
    public static let summary = "Registers a partner organisation. Needs manageDirectory."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The organisation's name.
        public var name: String
        /// What kind of organisation.
        public var kind: Partner.Kind

        /// Creates the params.
        public init(name: String, kind: Partner.Kind) {
            self.name = name
            self.kind = kind
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Partner {
        try await context.services.directory.registerPartner(name: params.name, kind: params.kind, context: context.access)
    }
}
