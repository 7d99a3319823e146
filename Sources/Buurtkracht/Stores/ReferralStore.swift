/// Stores referrals. Used inside a unit of work (see ``Storage``).
public protocol ReferralStore {
    /// The referral with `id`, or nil.
    func referral(_ id: Referral.ID) throws -> Referral?
    /// The referrals that match every filter set in `query`, ordered by request time, then identifier.
    func referrals(matching query: ReferralQuery) throws -> [Referral]
    /// Adds a referral; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ referral: Referral) throws
    /// Replaces a referral; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ referral: Referral) throws
    /// Removes a referral; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func delete(_ id: Referral.ID) throws
}

/// Which referrals to fetch: every filter that is set must match.
public struct ReferralQuery: Hashable, Sendable {
    /// Referrals of this client.
    public var client: Client.ID?
    /// Referrals to this target.
    public var target: Referral.Target?
    /// Referrals in one of these statuses.
    public var statuses: Set<Referral.Status>?

    /// Creates a query; with no filters it matches every referral.
    public init(client: Client.ID? = nil, target: Referral.Target? = nil, statuses: Set<Referral.Status>? = nil) {
        self.client = client
        self.target = target
        self.statuses = statuses
    }

    /// Whether `referral` matches every filter.
    public func matches(_ referral: Referral) -> Bool {
        if let client, referral.client != client { return false }
        if let target, referral.target != target { return false }
        if let statuses, !statuses.contains(referral.status) { return false }
        return true
    }

    /// The order every store returns referrals in: request time, then identifier.
    public static func precedes(_ lhs: Referral, _ rhs: Referral) -> Bool {
        (lhs.requestedAt, lhs.id) < (rhs.requestedAt, rhs.id)
    }
}
