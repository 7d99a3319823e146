/// Someone involved with a client or household: a person or organisation, the roles they
/// play, and the clients they are involved with.
public struct Involvement: Hashable, Sendable, Codable {
    /// Who is involved.
    public var counterpart: Tie.Counterpart
    /// Informal or professional.
    public var kind: Tie.Kind
    /// The roles they play, like `"coordinator"` or `"budgetmaatje"`.
    public var roles: [String]
    /// The members of the household they are involved with.
    public var clients: [Client.ID]

    /// Creates an involvement.
    public init(counterpart: Tie.Counterpart, roles: [String], clients: [Client.ID]) {
        self.counterpart = counterpart
        self.kind = counterpart.kind
        self.roles = roles
        self.clients = clients
    }
}
