public import Buurtkracht

/// `volunteers.list`: The volunteers in an area. Needs matchVolunteers.
public enum VolunteersList: RPCMethod {
    /// `"volunteers.list"`.
    public static let name = "volunteers.list"
    /// What the method does.
    public static let summary = "The volunteers in an area. Needs matchVolunteers."

    /// The params.
    public typealias Params = AreaParams

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [Volunteer] {
        try await context.services.volunteers.volunteers(in: params.area.filter, context: context.access)
    }
}
