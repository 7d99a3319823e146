public import Buurtkracht

/// `volunteers.assign`: Assigns a volunteer to a client as volunteer or buddy (records the tie). Needs matchVolunteers and access to the client.
public enum VolunteersAssign: RPCMethod {
    /// `"volunteers.assign"`.
    public static let name = "volunteers.assign"
    /// What the method does.
    public static let summary = "Assigns a volunteer to a client as volunteer or buddy (records the tie). Needs matchVolunteers and access to the client."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The volunteer.
        public var volunteer: Volunteer.ID
        /// The client.
        public var client: Client.ID
        /// As what (buddy when absent).
        public var relation: InformalRelation?
        /// Their role, in words.
        public var role: String?

        /// Creates the params.
        public init(volunteer: Volunteer.ID, client: Client.ID, relation: InformalRelation? = nil, role: String? = nil) {
            self.volunteer = volunteer
            self.client = client
            self.relation = relation
            self.role = role
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Tie {
        try await context.services.volunteers.assign(
            params.volunteer, to: params.client, relation: params.relation ?? .buddy, role: params.role, context: context.access
        )
    }
}
