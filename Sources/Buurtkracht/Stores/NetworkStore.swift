/// Stores ties in clients' networks and the volunteers who can be matched. Used inside a unit
/// of work (see ``Storage``).
public protocol NetworkStore {
    /// The tie with `id`, or nil.
    func tie(_ id: Tie.ID) throws -> Tie?
    /// The ties that match every filter set in `query`, ordered by identifier.
    func ties(matching query: TieQuery) throws -> [Tie]
    /// Adds a tie; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ tie: Tie) throws
    /// Replaces a tie; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ tie: Tie) throws
    /// Removes a tie; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func delete(_ id: Tie.ID) throws

    /// The volunteer with `id`, or nil.
    func volunteer(_ id: Volunteer.ID) throws -> Volunteer?
    /// The volunteers that match every filter set in `query`, ordered by identifier.
    func volunteers(matching query: VolunteerQuery) throws -> [Volunteer]
    /// Adds a volunteer; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ volunteer: Volunteer) throws
    /// Replaces a volunteer; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ volunteer: Volunteer) throws
    /// Removes a volunteer; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func delete(_ id: Volunteer.ID) throws
}

/// Which ties to fetch: every filter that is set must match.
public struct TieQuery: Hashable, Sendable {
    /// Ties of one of these clients.
    public var clients: Set<Client.ID>?
    /// Ties to one of these volunteers.
    public var volunteers: Set<Volunteer.ID>?
    /// Ties to this professional.
    public var professional: Professional.ID?
    /// Only ties that have not ended.
    public var activeOnly: Bool

    /// Creates a query; with no filters it matches every tie.
    public init(
        clients: Set<Client.ID>? = nil,
        volunteers: Set<Volunteer.ID>? = nil,
        professional: Professional.ID? = nil,
        activeOnly: Bool = false
    ) {
        self.clients = clients
        self.volunteers = volunteers
        self.professional = professional
        self.activeOnly = activeOnly
    }

    /// Whether `tie` matches every filter.
    public func matches(_ tie: Tie) -> Bool {
        if let clients, !clients.contains(tie.client) { return false }
        if let volunteers {
            guard case .volunteer(let id, _) = tie.counterpart, volunteers.contains(id) else { return false }
        }
        if let professional {
            guard case .professional(let id) = tie.counterpart, id == professional else { return false }
        }
        if activeOnly, !tie.isActive { return false }
        return true
    }
}

/// Which volunteers to fetch: every filter that is set must match.
public struct VolunteerQuery: Hashable, Sendable {
    /// Volunteers in this area.
    public var area: AreaFilter?
    /// Volunteers with this skill.
    public var skill: Skill?
    /// Only active volunteers.
    public var activeOnly: Bool

    /// Creates a query; with no filters it matches every volunteer.
    public init(area: AreaFilter? = nil, skill: Skill? = nil, activeOnly: Bool = false) {
        self.area = area
        self.skill = skill
        self.activeOnly = activeOnly
    }

    /// Whether `volunteer` matches every filter.
    public func matches(_ volunteer: Volunteer) -> Bool {
        if let area, !area.contains(volunteer.neighbourhood) { return false }
        if let skill, !volunteer.skills.contains(skill) { return false }
        if activeOnly, !volunteer.isActive { return false }
        return true
    }
}
