public import Foundation

/// Emergency access to one client's data (*break the glass*): a professional gives a reason
/// and gets time-limited access. Every grant is audited and listed for review.
public struct BreakGlassGrant: Identifiable, Hashable, Sendable, Codable {
    /// A grant's identifier.
    public typealias ID = Identifier<BreakGlassGrant>

    /// The grant's identifier.
    public var id: ID
    /// Who broke the glass.
    public var professional: Professional.ID
    /// For which partner.
    public var partner: Partner.ID
    /// Whose data.
    public var client: Client.ID
    /// Why, in the professional's words. Reviewed later; never logged.
    public var reason: String
    /// When access was granted.
    public var grantedAt: Date
    /// When access ends.
    public var expiresAt: Date
    /// The review, once done.
    public var review: Review?

    /// Creates a grant.
    public init(
        id: ID,
        professional: Professional.ID,
        partner: Partner.ID,
        client: Client.ID,
        reason: String,
        grantedAt: Date,
        expiresAt: Date,
        review: Review? = nil
    ) {
        self.id = id
        self.professional = professional
        self.partner = partner
        self.client = client
        self.reason = reason
        self.grantedAt = grantedAt
        self.expiresAt = expiresAt
        self.review = review
    }

    /// Whether the grant gives access at `moment`.
    public func isActive(at moment: Date) -> Bool { grantedAt <= moment && moment < expiresAt }

    /// An auditor's review of a grant.
    public struct Review: Hashable, Sendable, Codable {
        /// Who reviewed.
        public var by: Professional.ID
        /// When.
        public var at: Date
        /// Whether the access was justified.
        public var justified: Bool
        /// Notes.
        public var note: String?

        /// Creates a review.
        public init(by: Professional.ID, at: Date, justified: Bool, note: String? = nil) {
            self.by = by
            self.at = at
            self.justified = justified
            self.note = note
        }
    }
}
