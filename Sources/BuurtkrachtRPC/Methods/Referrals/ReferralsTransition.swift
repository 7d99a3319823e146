public import Buurtkracht

/// `referrals.transition`: Moves a referral on: accepted, declined (with a reason), completed or withdrawn. Needs access to the client.
public enum ReferralsTransition: RPCMethod {
    /// `"referrals.transition"`.
    public static let name = "referrals.transition"
    /// What the method does.
    public static let summary = "Moves a referral on: accepted, declined (with a reason), completed or withdrawn. Needs access to the client."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The referral.
        public var referral: Referral.ID
        /// The new status.
        public var status: Referral.Status
        /// Why, for a decline.
        public var reason: String?

        /// Creates the params.
        public init(referral: Referral.ID, status: Referral.Status, reason: String? = nil) {
            self.referral = referral
            self.status = status
            self.reason = reason
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Referral {
        try await context.services.referrals.transition(params.referral, to: params.status, reason: params.reason, context: context.access)
    }
}
