public import Buurtkracht

/// `consents.withdraw`: Records that the client withdrew a consent, from now on. Needs access to the client.
public enum ConsentsWithdraw: RPCMethod {
    /// `"consents.withdraw"`.
    public static let name = "consents.withdraw"
    /// What the method does.
    public static let summary = "Records that the client withdrew a consent, from now on. Needs access to the client."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The consent.
        public var consent: Consent.ID

        /// Creates the params.
        public init(consent: Consent.ID) {
            self.consent = consent
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Consent {
        try await context.services.consents.withdraw(params.consent, context: context.access)
    }
}
