public import Buurtkracht

/// `directory.partners`: Every partner organisation. Open to every professional.
public enum DirectoryPartners: RPCMethod {
    /// `"directory.partners"`.
    public static let name = "directory.partners"
    /// What the method does.
    public static let summary = "Every partner organisation. Open to every professional."

    /// The params.
    public typealias Params = RPCEmpty

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [Partner] {
        try await context.services.directory.partners(context: context.access)
    }
}
