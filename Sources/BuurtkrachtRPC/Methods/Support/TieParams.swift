public import Buurtkracht

/// Params naming one tie in a client's network: `{"tie": "…"}`. Shared by the methods that take only that.
public struct TieParams: Codable, Sendable, Hashable {
    /// The tie in a client's network.
    public var tie: Tie.ID

    /// Creates the params.
    public init(tie: Tie.ID) {
        self.tie = tie
    }
}
