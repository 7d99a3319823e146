public import Buurtkracht

/// Params naming one self-help group: `{"group": "…"}`. Shared by the methods that take only that.
public struct GroupParams: Codable, Sendable, Hashable {
    /// The self-help group.
    public var group: SelfHelpGroup.ID

    /// Creates the params.
    public init(group: SelfHelpGroup.ID) {
        self.group = group
    }
}
