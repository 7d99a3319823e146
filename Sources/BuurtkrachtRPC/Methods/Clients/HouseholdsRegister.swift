public import Buurtkracht

/// `households.register`: Registers a household at an address and links its members to it. Needs registerClients and access to every member.
public enum HouseholdsRegister: RPCMethod {
    /// `"households.register"`.
    public static let name = "households.register"
    /// What the method does.
    public static let summary = "Registers a household at an address and links its members to it. Needs registerClients and access to every member."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The household's address.
        public var address: Address?
        /// The clients who live there.
        public var members: [Client.ID]

        /// Creates the params.
        public init(address: Address? = nil, members: [Client.ID]) {
            self.address = address
            self.members = members
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Household {
        try await context.services.clients.registerHousehold(address: params.address, members: params.members, context: context.access)
    }
}
