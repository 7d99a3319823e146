/// Stores self-help groups with their members, waiting lists and attendance. Used inside a
/// unit of work (see ``Storage``).
public protocol GroupStore {
    /// The group with `id`, or nil.
    func group(_ id: SelfHelpGroup.ID) throws -> SelfHelpGroup?
    /// The groups that match every filter set in `query`, ordered by identifier.
    func groups(matching query: GroupQuery) throws -> [SelfHelpGroup]
    /// Adds a group; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ group: SelfHelpGroup) throws
    /// Replaces a group; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ group: SelfHelpGroup) throws
    /// Removes a group; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func delete(_ id: SelfHelpGroup.ID) throws
}

/// Which groups to fetch: every filter that is set must match.
public struct GroupQuery: Hashable, Sendable {
    /// Groups on one of these themes.
    public var themes: Set<GroupTheme>?
    /// Groups meeting in this area.
    public var area: AreaFilter?
    /// Groups this client is a member of or waiting for.
    public var client: Client.ID?

    /// Creates a query; with no filters it matches every group.
    public init(themes: Set<GroupTheme>? = nil, area: AreaFilter? = nil, client: Client.ID? = nil) {
        self.themes = themes
        self.area = area
        self.client = client
    }

    /// Whether `group` matches every filter.
    public func matches(_ group: SelfHelpGroup) -> Bool {
        if let themes, !themes.contains(group.theme) { return false }
        if let area, !area.contains(group.neighbourhood) { return false }
        if let client, !group.isMember(client), !group.isWaiting(client) { return false }
        return true
    }
}
