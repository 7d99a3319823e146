/// Whom a plan is for: one client, or a whole household (*één huishouden, één plan*).
///
/// Encoded as `{"kind": "client", "id": "…"}` or `{"kind": "household", "id": "…"}`.
public enum PlanSubject: Hashable, Sendable, Codable {
    /// One client.
    case client(Client.ID)
    /// A household.
    case household(Household.ID)

    /// The client, when the plan is for one client.
    public var client: Client.ID? {
        if case .client(let id) = self { id } else { nil }
    }

    /// The household, when the plan is for a household.
    public var household: Household.ID? {
        if case .household(let id) = self { id } else { nil }
    }

    private enum CodingKeys: String, CodingKey { case kind, id }
    private enum Kind: String, Codable { case client, household }

    /// Decodes the `kind`-tagged form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .client: self = .client(try container.decode(Client.ID.self, forKey: .id))
        case .household: self = .household(try container.decode(Household.ID.self, forKey: .id))
        }
    }

    /// Encodes the `kind`-tagged form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .client(let id):
            try container.encode(Kind.client, forKey: .kind)
            try container.encode(id, forKey: .id)
        case .household(let id):
            try container.encode(Kind.household, forKey: .kind)
            try container.encode(id, forKey: .id)
        }
    }
}
