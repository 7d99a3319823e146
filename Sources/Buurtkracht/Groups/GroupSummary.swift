/// What anyone may know of a self-help group: everything but who its members are.
public struct GroupSummary: Hashable, Sendable, Codable {
    /// The group's identifier.
    public var id: SelfHelpGroup.ID
    /// The group's name.
    public var name: String
    /// The theme.
    public var theme: GroupTheme
    /// Where it meets.
    public var location: String
    /// The neighbourhood of the meeting place.
    public var neighbourhood: NeighbourhoodCode
    /// When it meets.
    public var schedule: MeetingSchedule
    /// How many members it takes.
    public var capacity: Int
    /// How many members it has.
    public var memberCount: Int
    /// How many clients wait for a place.
    public var waitingCount: Int

    /// The summary of a group.
    public init(_ group: SelfHelpGroup) {
        self.id = group.id
        self.name = group.name
        self.theme = group.theme
        self.location = group.location
        self.neighbourhood = group.neighbourhood
        self.schedule = group.schedule
        self.capacity = group.capacity
        self.memberCount = group.members.count
        self.waitingCount = group.waitingList.count
    }
}
