/// How close a volunteer or group is to a client, by CBS area.
public enum Proximity: Int, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// The same neighbourhood (*buurt*).
    case sameNeighbourhood = 0
    /// Another neighbourhood in the same district (*wijk*).
    case sameDistrict = 1
    /// Another district in the same municipality.
    case sameMunicipality = 2
    /// Elsewhere.
    case elsewhere = 3

    /// The proximity of two neighbourhoods.
    public init(_ lhs: NeighbourhoodCode, _ rhs: NeighbourhoodCode) {
        if lhs == rhs {
            self = .sameNeighbourhood
        } else if lhs.district == rhs.district {
            self = .sameDistrict
        } else if lhs.municipality == rhs.municipality {
            self = .sameMunicipality
        } else {
            self = .elsewhere
        }
    }

    /// Orders from closest to farthest.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
