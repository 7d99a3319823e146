public import Buurtkracht

/// `groups.create`: Creates a self-help group organised by the caller's partner. Needs manageGroups.
public enum GroupsCreate: RPCMethod {
    /// `"groups.create"`.
    public static let name = "groups.create"
    /// What the method does.
    public static let summary = "Creates a self-help group organised by the caller's partner. Needs manageGroups."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The group's name.
        public var name: String
        /// Its theme.
        public var theme: GroupTheme
        /// Experts-by-experience who lead it.
        public var facilitators: [Volunteer.ID]?
        /// Where it meets.
        public var location: String
        /// The neighbourhood it meets in.
        public var neighbourhood: NeighbourhoodCode
        /// When it meets.
        public var schedule: MeetingSchedule
        /// How many members it takes.
        public var capacity: Int

        /// Creates the params.
        public init(name: String, theme: GroupTheme, facilitators: [Volunteer.ID]? = nil, location: String, neighbourhood: NeighbourhoodCode, schedule: MeetingSchedule, capacity: Int) {
            self.name = name
            self.theme = theme
            self.facilitators = facilitators
            self.location = location
            self.neighbourhood = neighbourhood
            self.schedule = schedule
            self.capacity = capacity
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> SelfHelpGroup {
        try await context.services.groups.create(
            name: params.name, theme: params.theme, facilitators: params.facilitators ?? [], location: params.location,
            neighbourhood: params.neighbourhood, schedule: params.schedule, capacity: params.capacity, context: context.access
        )
    }
}
