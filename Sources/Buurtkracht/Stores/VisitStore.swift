public import Foundation

/// Stores outreach and home visits. Used inside a unit of work (see ``Storage``).
public protocol VisitStore {
    /// The visit with `id`, or nil.
    func visit(_ id: Visit.ID) throws -> Visit?
    /// The visits that match every filter set in `query`, ordered by time, then identifier.
    func visits(matching query: VisitQuery) throws -> [Visit]
    /// Adds a visit; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ visit: Visit) throws
    /// Replaces a visit; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ visit: Visit) throws
    /// Removes a visit; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func delete(_ id: Visit.ID) throws
}

/// Which visits to fetch: every filter that is set must match.
public struct VisitQuery: Hashable, Sendable {
    /// Visits to this client.
    public var client: Client.ID?
    /// Visits to this household.
    public var household: Household.ID?
    /// Visits that followed this signal.
    public var signal: Signal.ID?
    /// Visits in this neighbourhood.
    public var neighbourhood: NeighbourhoodCode?
    /// Visits at or after this moment.
    public var from: Date?
    /// Visits before this moment.
    public var before: Date?

    /// Creates a query; with no filters it matches every visit.
    public init(
        client: Client.ID? = nil,
        household: Household.ID? = nil,
        signal: Signal.ID? = nil,
        neighbourhood: NeighbourhoodCode? = nil,
        from: Date? = nil,
        before: Date? = nil
    ) {
        self.client = client
        self.household = household
        self.signal = signal
        self.neighbourhood = neighbourhood
        self.from = from
        self.before = before
    }

    /// Whether `visit` matches every filter.
    public func matches(_ visit: Visit) -> Bool {
        if let client, visit.subject.client != client { return false }
        if let household, visit.subject.household != household { return false }
        if let signal, visit.signal != signal { return false }
        if let neighbourhood, visit.neighbourhood != neighbourhood { return false }
        if let from, visit.at < from { return false }
        if let before, visit.at >= before { return false }
        return true
    }

    /// The order every store returns visits in: time, then identifier.
    public static func precedes(_ lhs: Visit, _ rhs: Visit) -> Bool { (lhs.at, lhs.id) < (rhs.at, rhs.id) }
}
