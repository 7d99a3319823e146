public import Buurtkracht

/// `consents.review`: Records an auditor's review of a break-the-glass grant. Needs reviewBreakGlass.
public enum ConsentsReview: RPCMethod {
    /// `"consents.review"`.
    public static let name = "consents.review"
    /// What the method does.
    public static let summary = "Records an auditor's review of a break-the-glass grant. Needs reviewBreakGlass."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The grant.
        public var grant: BreakGlassGrant.ID
        /// Whether the access was justified.
        public var justified: Bool
        /// Notes.
        public var note: String?

        /// Creates the params.
        public init(grant: BreakGlassGrant.ID, justified: Bool, note: String? = nil) {
            self.grant = grant
            self.justified = justified
            self.note = note
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> BreakGlassGrant {
        try await context.services.consents.review(params.grant, justified: params.justified, note: params.note, context: context.access)
    }
}
