public import Foundation

/// A client's place in a group or on its waiting list, since a moment.
public struct Membership: Hashable, Sendable, Codable {
    /// The client.
    public var client: Client.ID
    /// Since when.
    public var since: Date

    /// Creates a membership.
    public init(client: Client.ID, since: Date) {
        self.client = client
        self.since = since
    }
}
