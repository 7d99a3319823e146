public import Foundation

/// The residents at one address (*huishouden*): one household, one plan, one coordinator.
///
/// Members point to their household through ``Client/household``.
public struct Household: Identifiable, Hashable, Sendable, Codable, CustomStringConvertible, CustomReflectable {
    /// A household's identifier.
    public typealias ID = Identifier<Household>

    /// The household's identifier.
    public var id: ID
    /// Where the household lives.
    public var address: Address?
    /// When the household was registered.
    public var registeredAt: Date

    /// Creates a household.
    public init(id: ID, address: Address? = nil, registeredAt: Date) {
        self.id = id
        self.address = address
        self.registeredAt = registeredAt
    }

    /// The neighbourhood of the household's address, when known.
    public var neighbourhood: NeighbourhoodCode? { address?.neighbourhood }

    /// `Household(<id>)` — never personal data.
    public var description: String { "Household(\(id))" }

    /// A mirror that shows only the identifier.
    public var customMirror: Mirror { Mirror(self, children: ["id": id]) }
}
