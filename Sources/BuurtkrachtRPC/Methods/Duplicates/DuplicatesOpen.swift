public import Buurtkracht

/// `duplicates.open`: The possible-duplicate pairs still to decide on. Needs registerClients.
public enum DuplicatesOpen: RPCMethod {
    /// `"duplicates.open"`.
    public static let name = "duplicates.open"
    /// What the method does.
    public static let summary = "The possible-duplicate pairs still to decide on. Needs registerClients."

    /// The params.
    public typealias Params = RPCEmpty

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [PossibleDuplicate] {
        try await context.services.duplicates.open(context: context.access)
    }
}
