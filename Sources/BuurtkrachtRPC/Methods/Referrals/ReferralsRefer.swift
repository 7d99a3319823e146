public import Buurtkracht

/// `referrals.refer`: Refers a client to a partner or a self-help group. Needs access to the client; sharing client data also needs the client's consent for the receiving partner and purpose.
public enum ReferralsRefer: RPCMethod {
    /// `"referrals.refer"`.
    public static let name = "referrals.refer"
    /// What the method does.
    public static let summary = "Refers a client to a partner or a self-help group. Needs access to the client; sharing client data also needs the client's consent for the receiving partner and purpose."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The client.
        public var client: Client.ID
        /// Where to.
        public var target: Referral.Target
        /// Why; the purpose a consent must cover when data is shared.
        public var purpose: Purpose
        /// The question or need, in words.
        public var need: String?
        /// Whether client data goes along.
        public var sharesClientData: Bool

        /// Creates the params.
        public init(client: Client.ID, target: Referral.Target, purpose: Purpose, need: String? = nil, sharesClientData: Bool) {
            self.client = client
            self.target = target
            self.purpose = purpose
            self.need = need
            self.sharesClientData = sharesClientData
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Referral {
        try await context.services.referrals.refer(
            params.client, to: params.target, purpose: params.purpose, need: params.need,
            sharesClientData: params.sharesClientData, context: context.access
        )
    }
}
