public import Buurtkracht

/// `duplicates.unmerge`: Undoes a merge: the merged-away record gets its status back and the pair is open again.
public enum DuplicatesUnmerge: RPCMethod {
    /// `"duplicates.unmerge"`.
    public static let name = "duplicates.unmerge"
    /// What the method does.
    public static let summary = "Undoes a merge: the merged-away record gets its status back and the pair is open again."

    /// The params.
    public typealias Params = DuplicatePairParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> PossibleDuplicate {
        try await context.services.duplicates.unmerge(params.pair, context: context.access)
    }
}
