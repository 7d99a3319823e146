public import Buurtkracht

/// `groups.recordAttendance`: Records who attended a meeting. Needs manageGroups and to act for the organising partner.
public enum GroupsRecordAttendance: RPCMethod {
    /// `"groups.recordAttendance"`.
    public static let name = "groups.recordAttendance"
    /// What the method does.
    public static let summary = "Records who attended a meeting. Needs manageGroups and to act for the organising partner."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The group.
        public var group: SelfHelpGroup.ID
        /// The meeting day.
        public var date: CalendarDate
        /// The members who came.
        public var present: Set<Client.ID>

        /// Creates the params.
        public init(group: SelfHelpGroup.ID, date: CalendarDate, present: Set<Client.ID>) {
            self.group = group
            self.date = date
            self.present = present
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> SelfHelpGroup {
        try await context.services.groups.recordAttendance(of: params.group, on: params.date, present: params.present, context: context.access)
    }
}
