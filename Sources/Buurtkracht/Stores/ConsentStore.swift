public import Foundation

/// Stores consents and break-the-glass grants. Used inside a unit of work (see ``Storage``).
public protocol ConsentStore {
    /// The consent with `id`, or nil.
    func consent(_ id: Consent.ID) throws -> Consent?
    /// The consents that match every filter set in `query`, ordered by identifier.
    func consents(matching query: ConsentQuery) throws -> [Consent]
    /// Adds a consent; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ consent: Consent) throws
    /// Replaces a consent; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ consent: Consent) throws
    /// Removes a consent; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func delete(_ id: Consent.ID) throws

    /// The grant with `id`, or nil.
    func grant(_ id: BreakGlassGrant.ID) throws -> BreakGlassGrant?
    /// The grants that match every filter set in `query`, ordered by grant time, then identifier.
    func grants(matching query: BreakGlassQuery) throws -> [BreakGlassGrant]
    /// Adds a grant; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ grant: BreakGlassGrant) throws
    /// Replaces a grant (to record its review); throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ grant: BreakGlassGrant) throws
    /// Removes a grant; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func delete(_ id: BreakGlassGrant.ID) throws
}

/// Which consents to fetch: every filter that is set must match.
public struct ConsentQuery: Hashable, Sendable {
    /// Consents of this client.
    public var client: Client.ID?
    /// Consents for this partner.
    public var partner: Partner.ID?
    /// Consents for this purpose.
    public var purpose: Purpose?

    /// Creates a query; with no filters it matches every consent.
    public init(client: Client.ID? = nil, partner: Partner.ID? = nil, purpose: Purpose? = nil) {
        self.client = client
        self.partner = partner
        self.purpose = purpose
    }

    /// Whether `consent` matches every filter.
    public func matches(_ consent: Consent) -> Bool {
        if let client, consent.client != client { return false }
        if let partner, consent.partner != partner { return false }
        if let purpose, consent.purpose != purpose { return false }
        return true
    }
}

/// Which break-the-glass grants to fetch: every filter that is set must match.
public struct BreakGlassQuery: Hashable, Sendable {
    /// Grants for this client.
    public var client: Client.ID?
    /// Grants to this professional.
    public var professional: Professional.ID?
    /// Only grants not yet reviewed.
    public var unreviewedOnly: Bool
    /// Grants made at or after this moment.
    public var grantedFrom: Date?

    /// Creates a query; with no filters it matches every grant.
    public init(
        client: Client.ID? = nil,
        professional: Professional.ID? = nil,
        unreviewedOnly: Bool = false,
        grantedFrom: Date? = nil
    ) {
        self.client = client
        self.professional = professional
        self.unreviewedOnly = unreviewedOnly
        self.grantedFrom = grantedFrom
    }

    /// Whether `grant` matches every filter.
    public func matches(_ grant: BreakGlassGrant) -> Bool {
        if let client, grant.client != client { return false }
        if let professional, grant.professional != professional { return false }
        if unreviewedOnly, grant.review != nil { return false }
        if let grantedFrom, grant.grantedAt < grantedFrom { return false }
        return true
    }

    /// The order every store returns grants in: grant time, then identifier.
    public static func precedes(_ lhs: BreakGlassGrant, _ rhs: BreakGlassGrant) -> Bool {
        (lhs.grantedAt, lhs.id) < (rhs.grantedAt, rhs.id)
    }
}
