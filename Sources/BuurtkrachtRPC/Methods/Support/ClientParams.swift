public import Buurtkracht

/// Params naming one client: `{"client": "…"}`. Shared by the methods that take only that.
public struct ClientParams: Codable, Sendable, Hashable {
    /// The client.
    public var client: Client.ID

    /// Creates the params.
    public init(client: Client.ID) {
        self.client = client
    }
}
