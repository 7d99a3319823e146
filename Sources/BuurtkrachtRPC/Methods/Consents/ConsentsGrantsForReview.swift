public import Buurtkracht

/// `consents.grantsForReview`: The break-the-glass grants not yet reviewed. Needs reviewBreakGlass.
public enum ConsentsGrantsForReview: RPCMethod {
    /// `"consents.grantsForReview"`.
    public static let name = "consents.grantsForReview"
    /// What the method does.
    public static let summary = "The break-the-glass grants not yet reviewed. Needs reviewBreakGlass."

    /// The params.
    public typealias Params = RPCEmpty

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [BreakGlassGrant] {
        try await context.services.consents.grantsForReview(context: context.access)
    }
}
