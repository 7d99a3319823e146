public import Foundation

/// Stores guidance plans with their goals, actions, agreements and evaluations. Used inside a
/// unit of work (see ``Storage``).
public protocol PlanStore {
    /// The plan with `id`, or nil.
    func plan(_ id: Plan.ID) throws -> Plan?
    /// The plans that match every filter set in `query`, ordered by start, then identifier.
    func plans(matching query: PlanQuery) throws -> [Plan]
    /// Adds a plan; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ plan: Plan) throws
    /// Replaces a plan; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ plan: Plan) throws
    /// Removes a plan; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func delete(_ id: Plan.ID) throws
}

/// Which plans to fetch: every filter that is set must match.
public struct PlanQuery: Hashable, Sendable {
    /// Plans for this client.
    public var client: Client.ID?
    /// Plans for this household.
    public var household: Household.ID?
    /// Plans this professional coordinates.
    public var coordinator: Professional.ID?
    /// Plans in this neighbourhood.
    public var neighbourhood: NeighbourhoodCode?
    /// Plans in one of these phases.
    public var phases: Set<Plan.Phase>?
    /// Plans started before this moment.
    public var startedBefore: Date?

    /// Creates a query; with no filters it matches every plan.
    public init(
        client: Client.ID? = nil,
        household: Household.ID? = nil,
        coordinator: Professional.ID? = nil,
        neighbourhood: NeighbourhoodCode? = nil,
        phases: Set<Plan.Phase>? = nil,
        startedBefore: Date? = nil
    ) {
        self.client = client
        self.household = household
        self.coordinator = coordinator
        self.neighbourhood = neighbourhood
        self.phases = phases
        self.startedBefore = startedBefore
    }

    /// Whether `plan` matches every filter.
    public func matches(_ plan: Plan) -> Bool {
        if let client, plan.subject.client != client { return false }
        if let household, plan.subject.household != household { return false }
        if let coordinator, plan.coordinator != coordinator { return false }
        if let neighbourhood, plan.neighbourhood != neighbourhood { return false }
        if let phases, !phases.contains(plan.phase) { return false }
        if let startedBefore, plan.startedAt >= startedBefore { return false }
        return true
    }

    /// The order every store returns plans in: start, then identifier.
    public static func precedes(_ lhs: Plan, _ rhs: Plan) -> Bool {
        (lhs.startedAt, lhs.id) < (rhs.startedAt, rhs.id)
    }
}
