/// How someone in the informal network relates to the client.
public enum InformalRelation: String, Hashable, Sendable, Codable, CaseIterable {
    /// Family.
    case family
    /// A friend.
    case friend
    /// A neighbour (*burenhulp*).
    case neighbour
    /// An informal carer (*mantelzorger*).
    case informalCarer
    /// A volunteer.
    case volunteer
    /// A buddy (*maatje*): asks "what can you do yourself, what do you need?", organises the
    /// help and stays in the background.
    case buddy
}
