public import Buurtkracht

/// `duplicates.markNotDuplicate`: Decides that a pair are two different people.
public enum DuplicatesMarkNotDuplicate: RPCMethod {
    /// `"duplicates.markNotDuplicate"`.
    public static let name = "duplicates.markNotDuplicate"
    /// What the method does.
    public static let summary = "Decides that a pair are two different people."

    /// The params.
    public typealias Params = DuplicatePairParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> PossibleDuplicate {
        try await context.services.duplicates.markNotDuplicate(params.pair, context: context.access)
    }
}
