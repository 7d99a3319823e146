public import Buurtkracht

/// `volunteers.register`: Registers a volunteer. Needs manageVolunteers.
public enum VolunteersRegister: RPCMethod {
    /// `"volunteers.register"`.
    public static let name = "volunteers.register"
    /// What the method does.
    public static let summary = "Registers a volunteer. Needs manageVolunteers."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The volunteer's name.
        public var name: String
        /// What they can help with.
        public var skills: Set<Skill>
        /// Where they live or work.
        public var neighbourhood: NeighbourhoodCode
        /// How many clients they can take at once.
        public var capacity: Int

        /// Creates the params.
        public init(name: String, skills: Set<Skill>, neighbourhood: NeighbourhoodCode, capacity: Int) {
            self.name = name
            self.skills = skills
            self.neighbourhood = neighbourhood
            self.capacity = capacity
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Volunteer {
        try await context.services.volunteers.register(
            name: params.name, skills: params.skills, neighbourhood: params.neighbourhood, capacity: params.capacity,
            context: context.access
        )
    }
}
