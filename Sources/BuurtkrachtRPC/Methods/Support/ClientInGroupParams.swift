public import Buurtkracht

/// Params naming a client and a self-help group: `{"client": "…", "group": "…"}`.
public struct ClientInGroupParams: Codable, Sendable, Hashable {
    /// The client.
    public var client: Client.ID
    /// The group.
    public var group: SelfHelpGroup.ID

    /// Creates the params.
    public init(client: Client.ID, group: SelfHelpGroup.ID) {
        self.client = client
        self.group = group
    }
}
