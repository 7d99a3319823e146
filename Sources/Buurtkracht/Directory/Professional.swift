/// A professional working for a partner, with a role that sets what they may do.
public struct Professional: Identifiable, Hashable, Sendable, Codable {
    /// A professional's identifier.
    public typealias ID = Identifier<Professional>

    /// The professional's identifier.
    public var id: ID
    /// The professional's name.
    public var name: String
    /// The partner they work for.
    public var partner: Partner.ID
    /// Their role.
    public var role: Role
    /// Whether they may still sign in.
    public var isActive: Bool

    /// Creates a professional.
    public init(id: ID, name: String, partner: Partner.ID, role: Role, isActive: Bool = true) {
        self.id = id
        self.name = name
        self.partner = partner
        self.role = role
        self.isActive = isActive
    }
}
