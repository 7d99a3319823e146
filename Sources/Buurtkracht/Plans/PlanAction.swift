public import Foundation

/// An action in a plan: who does what, by when.
public struct PlanAction: Identifiable, Hashable, Sendable, Codable {
    /// An action's identifier.
    public typealias ID = Identifier<PlanAction>

    /// The action's identifier.
    public var id: ID
    /// What is to be done.
    public var description: String
    /// Who does it.
    public var owner: ActionOwner
    /// By when, if agreed.
    public var due: CalendarDate?
    /// The goal the action serves, if any.
    public var goal: Goal.ID?
    /// When it was done; nil while open.
    public var completedAt: Date?

    /// Creates an open action.
    public init(
        id: ID,
        description: String,
        owner: ActionOwner,
        due: CalendarDate? = nil,
        goal: Goal.ID? = nil,
        completedAt: Date? = nil
    ) {
        self.id = id
        self.description = description
        self.owner = owner
        self.due = due
        self.goal = goal
        self.completedAt = completedAt
    }

    /// Whether the action is done.
    public var isDone: Bool { completedAt != nil }
}

/// Who owns an action.
///
/// Encoded as `{"kind": "client"}`, `{"kind": "professional", "id": "…"}`,
/// `{"kind": "volunteer", "id": "…"}` or `{"kind": "networkMember", "id": "<tie id>"}`.
public enum ActionOwner: Hashable, Sendable, Codable {
    /// The client themselves.
    case client
    /// A professional.
    case professional(Professional.ID)
    /// A volunteer or buddy.
    case volunteer(Volunteer.ID)
    /// Someone from the client's informal network, through their tie.
    case networkMember(Tie.ID)

    private enum CodingKeys: String, CodingKey { case kind, id }
    private enum Kind: String, Codable { case client, professional, volunteer, networkMember }

    /// Decodes the `kind`-tagged form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .client: self = .client
        case .professional: self = .professional(try container.decode(Professional.ID.self, forKey: .id))
        case .volunteer: self = .volunteer(try container.decode(Volunteer.ID.self, forKey: .id))
        case .networkMember: self = .networkMember(try container.decode(Tie.ID.self, forKey: .id))
        }
    }

    /// Encodes the `kind`-tagged form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .client:
            try container.encode(Kind.client, forKey: .kind)
        case .professional(let id):
            try container.encode(Kind.professional, forKey: .kind)
            try container.encode(id, forKey: .id)
        case .volunteer(let id):
            try container.encode(Kind.volunteer, forKey: .kind)
            try container.encode(id, forKey: .id)
        case .networkMember(let id):
            try container.encode(Kind.networkMember, forKey: .kind)
            try container.encode(id, forKey: .id)
        }
    }
}
