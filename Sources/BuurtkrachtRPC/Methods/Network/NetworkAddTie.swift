public import Buurtkracht
public import Foundation

/// `network.addTie`: Records a tie between a client and someone in their network. Needs manageNetworks and access to the client.
public enum NetworkAddTie: RPCMethod {
    /// `"network.addTie"`.
    public static let name = "network.addTie"
    /// What the method does.
    public static let summary = "Records a tie between a client and someone in their network. Needs manageNetworks and access to the client."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The client.
        public var client: Client.ID
        /// Who is at the other end.
        public var counterpart: Tie.Counterpart
        /// Their role, in words.
        public var role: String?
        /// How often they are in contact.
        public var frequency: ContactFrequency
        /// When they were last in contact.
        public var lastContactAt: Date?

        /// Creates the params.
        public init(client: Client.ID, counterpart: Tie.Counterpart, role: String? = nil, frequency: ContactFrequency, lastContactAt: Date? = nil) {
            self.client = client
            self.counterpart = counterpart
            self.role = role
            self.frequency = frequency
            self.lastContactAt = lastContactAt
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Tie {
        try await context.services.network.addTie(
            to: params.client, counterpart: params.counterpart, role: params.role, frequency: params.frequency,
            lastContactAt: params.lastContactAt, context: context.access
        )
    }
}
