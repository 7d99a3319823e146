/// Whom or what a signal is about: a known client, a household, or only an address.
///
/// Encoded as `{"kind": "client", "id": "…"}`, `{"kind": "household", "id": "…"}`,
/// `{"kind": "address", "address": {…}}` or `{"kind": "anonymised"}`.
public enum SignalSubject: Hashable, Sendable, Codable {
    /// A known client.
    case client(Client.ID)
    /// A household.
    case household(Household.ID)
    /// Only an address: nobody is known yet.
    case address(Address)
    /// The subject was erased; the signal is kept for statistics only.
    case anonymised

    /// The client, when the subject is a client.
    public var client: Client.ID? {
        if case .client(let id) = self { id } else { nil }
    }

    /// The household, when the subject is a household.
    public var household: Household.ID? {
        if case .household(let id) = self { id } else { nil }
    }

    var fusionKey: String {
        switch self {
        case .client(let id): "client:" + id.rawValue
        case .household(let id): "household:" + id.rawValue
        case .address(let address): "address:" + address.key.rawValue
        case .anonymised: "anonymised"
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, id, address }
    private enum Kind: String, Codable { case client, household, address, anonymised }

    /// Decodes the `kind`-tagged form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .client: self = .client(try container.decode(Client.ID.self, forKey: .id))
        case .household: self = .household(try container.decode(Household.ID.self, forKey: .id))
        case .address: self = .address(try container.decode(Address.self, forKey: .address))
        case .anonymised: self = .anonymised
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
        case .address(let address):
            try container.encode(Kind.address, forKey: .kind)
            try container.encode(address, forKey: .address)
        case .anonymised:
            try container.encode(Kind.anonymised, forKey: .kind)
        }
    }
}
