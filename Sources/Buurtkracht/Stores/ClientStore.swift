/// Stores clients. Used inside a unit of work (see ``Storage``).
public protocol ClientStore {
    /// The client with `id`, or nil.
    func client(_ id: Client.ID) throws -> Client?
    /// The clients that match every filter set in `query`, ordered by identifier.
    func clients(matching query: ClientQuery) throws -> [Client]
    /// Adds a client; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken, or
    /// when another client has one of its external identifiers (system and value are unique).
    func insert(_ client: Client) throws
    /// Replaces a client; throws ``BuurtkrachtError/Code/notFound`` when it does not exist, and
    /// ``BuurtkrachtError/Code/alreadyExists`` when another client has one of its external identifiers.
    func update(_ client: Client) throws
    /// Removes a client; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func delete(_ id: Client.ID) throws

    /// The clients that match at least one of `queries`, each client once, ordered by identifier;
    /// the queries' limits are ignored.
    ///
    /// The batch importer looks up thousands of rows at a time with this (by external id, by BSN,
    /// by birth date and postcode). The default implementation runs the queries one by one;
    /// stores override it with a set-based look-up.
    ///
    /// ```swift
    /// let found = try tx.clients.clients(matchingAny: legacyIDs.map {
    ///     ClientQuery(externalID: ExternalID(system: "Suite4Sociaal", value: $0))
    /// })
    /// ```
    func clients(matchingAny queries: [ClientQuery]) throws -> [Client]

    /// Adds many clients at once, all or none: when one of them cannot be added (its id or one of
    /// its external identifiers is taken) none is, and the error of the first failure is thrown.
    ///
    /// The default implementation inserts them one by one and removes the ones it added when one
    /// fails; stores override it with a faster batch path.
    func insert(contentsOf clients: [Client]) throws

    /// Adds many clients at once, all or none when `atomically`; without, for a caller that rolls
    /// back its whole unit of work when this throws (the batch importer's fast path), the
    /// clients before a failure may stay until that roll-back. The first failure's error is thrown.
    ///
    /// Stores where all-or-none costs extra skip it when not asked: SQLite's savepoint keeps a
    /// copy of every existing page the batch changes, which for a batch of new clients is
    /// most pages of their indexes. The default implementation is ``insert(contentsOf:)``.
    func insert(contentsOf clients: [Client], atomically: Bool) throws
}

extension ClientStore {
    /// Runs each query with ``clients(matching:)`` and merges the results.
    public func clients(matchingAny queries: [ClientQuery]) throws -> [Client] {
        var found: [Client.ID: Client] = [:]
        for var query in queries {
            query.limit = nil
            for client in try clients(matching: query) { found[client.id] = client }
        }
        return found.values.sorted { $0.id < $1.id }
    }

    /// Inserts the clients all or none, whether asked or not.
    public func insert(contentsOf clients: [Client], atomically: Bool) throws {
        try insert(contentsOf: clients)
    }

    /// Inserts the clients one by one; on a failure removes those already added and rethrows.
    public func insert(contentsOf clients: [Client]) throws {
        var added: [Client.ID] = []
        do {
            for client in clients {
                try insert(client)
                added.append(client.id)
            }
        } catch {
            for id in added.reversed() { try delete(id) }
            throw error
        }
    }
}

/// Which clients to fetch: every filter that is set must match.
///
/// ```swift
/// try tx.clients.clients(matching: ClientQuery(externalID: .init(system: "Suite4Sociaal", value: "D-1042")))
/// ```
public struct ClientQuery: Hashable, Sendable {
    /// Clients with this BSN.
    public var bsn: BSN?
    /// Clients with this identifier in another system.
    public var externalID: ExternalID?
    /// Members of this household.
    public var household: Household.ID?
    /// Clients living in this area.
    public var area: AreaFilter?
    /// Clients born on this day.
    public var birthDate: CalendarDate?
    /// Clients living at this postcode.
    public var postcode: Postcode?
    /// Clients in one of these statuses.
    public var statuses: Set<Client.Status>?
    /// At most this many.
    public var limit: Int?

    /// Creates a query; with no filters it matches every client.
    public init(
        bsn: BSN? = nil,
        externalID: ExternalID? = nil,
        household: Household.ID? = nil,
        area: AreaFilter? = nil,
        birthDate: CalendarDate? = nil,
        postcode: Postcode? = nil,
        statuses: Set<Client.Status>? = nil,
        limit: Int? = nil
    ) {
        self.bsn = bsn
        self.externalID = externalID
        self.household = household
        self.area = area
        self.birthDate = birthDate
        self.postcode = postcode
        self.statuses = statuses
        self.limit = limit
    }

    /// Whether `client` matches every filter (the limit aside).
    public func matches(_ client: Client) -> Bool {
        if let bsn, client.bsn != bsn { return false }
        if let externalID, client.externalIDs[externalID.system] != externalID.value { return false }
        if let household, client.household != household { return false }
        if let area, !(client.neighbourhood.map(area.contains) ?? false) { return false }
        if let birthDate, client.birthDate != birthDate { return false }
        if let postcode, client.address?.postcode != postcode { return false }
        if let statuses, !statuses.contains(client.status) { return false }
        return true
    }
}

/// An identifier in another system: the system's name and the value.
public struct ExternalID: Hashable, Sendable, Codable {
    /// The system's name, like `"Suite4Sociaal"`.
    public var system: String
    /// The identifier in that system.
    public var value: String

    /// Creates an external identifier.
    public init(system: String, value: String) {
        self.system = system
        self.value = value
    }
}
