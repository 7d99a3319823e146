public import Buurtkracht

/// Params naming one neighbourhood (CBS code): `{"neighbourhood": "…"}`. Shared by the methods that take only that.
public struct NeighbourhoodParams: Codable, Sendable, Hashable {
    /// The neighbourhood (CBS code).
    public var neighbourhood: NeighbourhoodCode

    /// Creates the params.
    public init(neighbourhood: NeighbourhoodCode) {
        self.neighbourhood = neighbourhood
    }
}
