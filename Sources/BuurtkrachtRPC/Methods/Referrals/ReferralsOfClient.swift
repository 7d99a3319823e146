public import Buurtkracht

/// `referrals.ofClient`: A client's referrals. Needs access to the client.
public enum ReferralsOfClient: RPCMethod {
    /// `"referrals.ofClient"`.
    public static let name = "referrals.ofClient"
    /// What the method does.
    public static let summary = "A client's referrals. Needs access to the client."

    /// The params.
    public typealias Params = ClientParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [Referral] {
        try await context.services.referrals.referrals(of: params.client, context: context.access)
    }
}
