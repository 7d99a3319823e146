/// A self-help group that fits a client, with why it ranks where it does.
public struct GroupMatch: Hashable, Sendable, Codable {
    /// The group.
    public var group: SelfHelpGroup.ID
    /// How close the group meets to the client.
    public var proximity: Proximity
    /// Free places now; zero means the client would join the waiting list.
    public var freePlaces: Int
    /// The length of the waiting list.
    public var waiting: Int

    /// Creates a match.
    public init(group: SelfHelpGroup.ID, proximity: Proximity, freePlaces: Int, waiting: Int) {
        self.group = group
        self.proximity = proximity
        self.freePlaces = freePlaces
        self.waiting = waiting
    }

    /// Ranks groups for a client: only groups on one of the themes qualify; groups with a free
    /// place come first, nearest first (same neighbourhood, then district, then municipality);
    /// then full groups by nearness and the shortest waiting list.
    public static func rank(
        _ groups: [SelfHelpGroup],
        themes: Set<GroupTheme>,
        near neighbourhood: NeighbourhoodCode
    ) -> [GroupMatch] {
        groups
            .filter { themes.contains($0.theme) }
            .map {
                GroupMatch(
                    group: $0.id,
                    proximity: Proximity(neighbourhood, $0.neighbourhood),
                    freePlaces: $0.freePlaces,
                    waiting: $0.waitingList.count
                )
            }
            .sorted {
                ($0.freePlaces == 0 ? 1 : 0, $0.proximity, $0.waiting, $0.group)
                    < ($1.freePlaces == 0 ? 1 : 0, $1.proximity, $1.waiting, $1.group)
            }
    }
}
