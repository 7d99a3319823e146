public import Foundation

/// Stores signals of concern. Used inside a unit of work (see ``Storage``).
public protocol SignalStore {
    /// The signal with `id`, or nil.
    func signal(_ id: Signal.ID) throws -> Signal?
    /// The signals that match every filter set in `query`, ordered by report time, then identifier.
    func signals(matching query: SignalQuery) throws -> [Signal]
    /// Adds a signal; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ signal: Signal) throws
    /// Adds many signals at once; stores may do this faster than one by one.
    func insert(contentsOf signals: [Signal]) throws
    /// Replaces a signal; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ signal: Signal) throws
    /// Removes a signal; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func delete(_ id: Signal.ID) throws
}

extension SignalStore {
    /// Adds the signals one by one.
    public func insert(contentsOf signals: [Signal]) throws {
        for signal in signals { try insert(signal) }
    }
}

/// Which signals to fetch: every filter that is set must match.
///
/// ```swift
/// // The open signals of one neighbourhood: the triage queue's input.
/// SignalQuery(neighbourhood: code, statuses: Signal.Status.open)
/// ```
public struct SignalQuery: Hashable, Sendable {
    /// Signals handled by this neighbourhood.
    public var neighbourhood: NeighbourhoodCode?
    /// Signals in one of these statuses.
    public var statuses: Set<Signal.Status>?
    /// Signals in one of these categories.
    public var categories: Set<SignalCategory>?
    /// Signals about this client.
    public var client: Client.ID?
    /// Signals about this household.
    public var household: Household.ID?
    /// Signals about this address.
    public var addressKey: AddressKey?
    /// Signals observed at or after this moment.
    public var observedFrom: Date?
    /// Signals observed before this moment.
    public var observedBefore: Date?
    /// Signals reported at or after this moment.
    public var reportedFrom: Date?
    /// Signals reported before this moment.
    public var reportedBefore: Date?
    /// At most this many.
    public var limit: Int?

    /// Creates a query; with no filters it matches every signal.
    public init(
        neighbourhood: NeighbourhoodCode? = nil,
        statuses: Set<Signal.Status>? = nil,
        categories: Set<SignalCategory>? = nil,
        client: Client.ID? = nil,
        household: Household.ID? = nil,
        addressKey: AddressKey? = nil,
        observedFrom: Date? = nil,
        observedBefore: Date? = nil,
        reportedFrom: Date? = nil,
        reportedBefore: Date? = nil,
        limit: Int? = nil
    ) {
        self.neighbourhood = neighbourhood
        self.statuses = statuses
        self.categories = categories
        self.client = client
        self.household = household
        self.addressKey = addressKey
        self.observedFrom = observedFrom
        self.observedBefore = observedBefore
        self.reportedFrom = reportedFrom
        self.reportedBefore = reportedBefore
        self.limit = limit
    }

    /// Whether `signal` matches every filter (the limit aside).
    public func matches(_ signal: Signal) -> Bool {
        if let neighbourhood, signal.neighbourhood != neighbourhood { return false }
        if let statuses, !statuses.contains(signal.status) { return false }
        if let categories, !categories.contains(signal.category) { return false }
        if let client, signal.subject.client != client { return false }
        if let household, signal.subject.household != household { return false }
        if let addressKey, signal.address?.key != addressKey { return false }
        if let observedFrom, signal.observedAt < observedFrom { return false }
        if let observedBefore, signal.observedAt >= observedBefore { return false }
        if let reportedFrom, signal.reportedAt < reportedFrom { return false }
        if let reportedBefore, signal.reportedAt >= reportedBefore { return false }
        return true
    }

    /// The order every store returns signals in: report time, then identifier.
    public static func precedes(_ lhs: Signal, _ rhs: Signal) -> Bool {
        (lhs.reportedAt, lhs.id) < (rhs.reportedAt, rhs.id)
    }
}
