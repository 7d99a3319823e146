/// What a client needs from a volunteer or buddy, for matching.
///
/// ```swift
/// let need = VolunteerNeed(skills: [.paperwork, .budgeting], neighbourhood: client.neighbourhood!)
/// ```
public struct VolunteerNeed: Hashable, Sendable, Codable {
    /// The skills the volunteer must have, all of them.
    public var skills: Set<Skill>
    /// Where the client lives.
    public var neighbourhood: NeighbourhoodCode

    /// Creates a need.
    public init(skills: Set<Skill>, neighbourhood: NeighbourhoodCode) {
        self.skills = skills
        self.neighbourhood = neighbourhood
    }
}
