/// Stores possible duplicate pairs of clients. Used inside a unit of work (see ``Storage``).
public protocol DuplicateStore {
    /// The pair with `id`, or nil.
    func duplicate(_ id: PossibleDuplicate.ID) throws -> PossibleDuplicate?
    /// The pairs that match every filter set in `query`, ordered by identifier.
    func duplicates(matching query: DuplicateQuery) throws -> [PossibleDuplicate]
    /// Adds a pair; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ duplicate: PossibleDuplicate) throws
    /// Replaces a pair; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ duplicate: PossibleDuplicate) throws
    /// Removes a pair; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func delete(_ id: PossibleDuplicate.ID) throws
}

/// Which pairs to fetch: every filter that is set must match.
public struct DuplicateQuery: Hashable, Sendable {
    /// Pairs with this client on either side.
    public var client: Client.ID?
    /// Pairs in one of these statuses.
    public var statuses: Set<PossibleDuplicate.Status>?

    /// Creates a query; with no filters it matches every pair.
    public init(client: Client.ID? = nil, statuses: Set<PossibleDuplicate.Status>? = nil) {
        self.client = client
        self.statuses = statuses
    }

    /// Whether `duplicate` matches every filter.
    public func matches(_ duplicate: PossibleDuplicate) -> Bool {
        if let client, duplicate.first != client, duplicate.second != client { return false }
        if let statuses, !statuses.contains(duplicate.status) { return false }
        return true
    }
}
