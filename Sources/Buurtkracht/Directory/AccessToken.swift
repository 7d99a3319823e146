public import Foundation

/// A session token for a professional, of which only a hash is stored.
///
/// The RPC server's `initialize` call presents the token; the store looks it up by
/// ``hash`` and the session runs with that professional's access context.
public struct AccessToken: Identifiable, Hashable, Sendable, Codable {
    /// A token's identifier.
    public typealias ID = Identifier<AccessToken>

    /// The token's identifier.
    public var id: ID
    /// The professional the token signs in.
    public var professional: Professional.ID
    /// A one-way hash of the secret token text (the secret itself is never stored).
    public var hash: String
    /// The purpose sessions with this token work for.
    public var purpose: Purpose
    /// When it was issued.
    public var issuedAt: Date
    /// When it stops working, if ever.
    public var expiresAt: Date?
    /// When it was revoked, if it was.
    public var revokedAt: Date?

    /// Creates a token record.
    public init(
        id: ID,
        professional: Professional.ID,
        hash: String,
        purpose: Purpose,
        issuedAt: Date,
        expiresAt: Date? = nil,
        revokedAt: Date? = nil
    ) {
        self.id = id
        self.professional = professional
        self.hash = hash
        self.purpose = purpose
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }

    /// Whether the token works at `moment`.
    public func isValid(at moment: Date) -> Bool {
        revokedAt == nil && (expiresAt.map { moment < $0 } ?? true)
    }
}
