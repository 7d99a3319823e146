public import Buurtkracht

/// `volunteers.match`: Volunteers who fit a need, best first: every needed skill, free capacity, nearby. Needs matchVolunteers.
public enum VolunteersMatch: RPCMethod {
    /// `"volunteers.match"`.
    public static let name = "volunteers.match"
    /// What the method does.
    public static let summary = "Volunteers who fit a need, best first: every needed skill, free capacity, nearby. Needs matchVolunteers."

    /// The params.
    public typealias Params = VolunteerNeed

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [VolunteerMatch] {
        try await context.services.volunteers.match(params, context: context.access)
    }
}
