public import Foundation

/// A tie between a client and a person or organisation in their network, informal or
/// professional, with a role and how often they are in contact.
///
/// ```swift
/// let sister = Tie(
///     id: ids(), client: clientID,
///     counterpart: .person(name: "Anke", relation: .family),
///     role: "zus, helpt met post", frequency: .weekly, since: now
/// )
/// ```
public struct Tie: Identifiable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// A tie's identifier.
    public typealias ID = Identifier<Tie>

    /// The tie's identifier.
    public var id: ID
    /// The client at one end.
    public var client: Client.ID
    /// Who is at the other end.
    public var counterpart: Counterpart
    /// The role the counterpart plays (`"budgetmaatje"`, `"wijkagent"`), in words.
    public var role: String?
    /// How often they are in contact.
    public var frequency: ContactFrequency
    /// When they last had contact, when known.
    public var lastContactAt: Date?
    /// Since when the tie exists.
    public var since: Date
    /// When the tie ended; nil while active.
    public var endedAt: Date?

    /// Creates a tie.
    public init(
        id: ID,
        client: Client.ID,
        counterpart: Counterpart,
        role: String? = nil,
        frequency: ContactFrequency,
        lastContactAt: Date? = nil,
        since: Date,
        endedAt: Date? = nil
    ) {
        self.id = id
        self.client = client
        self.counterpart = counterpart
        self.role = role
        self.frequency = frequency
        self.lastContactAt = lastContactAt
        self.since = since
        self.endedAt = endedAt
    }

    /// Whether the tie is informal (family, neighbours, carers, volunteers, buddies) or professional.
    public var kind: Kind { counterpart.kind }

    /// Whether the tie is still active.
    public var isActive: Bool { endedAt == nil }

    /// Informal or professional.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Family, neighbours, informal carers, volunteers, buddies.
        case informal
        /// A partner's professional, or a partner organisation.
        case professional
    }

    /// `Tie(<id>)` — never personal data.
    public var description: String { "Tie(\(id))" }
}
