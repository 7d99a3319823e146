public import Buurtkracht

/// Params naming one possible-duplicate pair: `{"pair": "…"}`. Shared by the methods that take only that.
public struct DuplicatePairParams: Codable, Sendable, Hashable {
    /// The possible-duplicate pair.
    public var pair: PossibleDuplicate.ID

    /// Creates the params.
    public init(pair: PossibleDuplicate.ID) {
        self.pair = pair
    }
}
