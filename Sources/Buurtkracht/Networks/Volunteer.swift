/// A volunteer, buddy or expert-by-experience who can be matched to clients.
public struct Volunteer: Identifiable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// A volunteer's identifier.
    public typealias ID = Identifier<Volunteer>

    /// The volunteer's identifier.
    public var id: ID
    /// The volunteer's name. Personal data.
    public var name: String
    /// What the volunteer can help with.
    public var skills: Set<Skill>
    /// Where the volunteer lives or prefers to help.
    public var neighbourhood: NeighbourhoodCode
    /// How many clients the volunteer can support at once.
    public var capacity: Int
    /// Whether the volunteer is available for matching.
    public var isActive: Bool

    /// Creates a volunteer.
    public init(
        id: ID,
        name: String,
        skills: Set<Skill>,
        neighbourhood: NeighbourhoodCode,
        capacity: Int,
        isActive: Bool = true
    ) {
        self.id = id
        self.name = name
        self.skills = skills
        self.neighbourhood = neighbourhood
        self.capacity = capacity
        self.isActive = isActive
    }

    /// `Volunteer(<id>)` — never personal data.
    public var description: String { "Volunteer(\(id))" }
}
