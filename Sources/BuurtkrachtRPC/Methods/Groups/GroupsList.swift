public import Buurtkracht

/// `groups.list`: The groups in an area, on some themes, without their members. Open to every professional.
public enum GroupsList: RPCMethod {
    /// `"groups.list"`.
    public static let name = "groups.list"
    /// What the method does.
    public static let summary = "The groups in an area, on some themes, without their members. Open to every professional."

    /// The params.
    public struct Params: Codable, Sendable {
        /// A neighbourhood, district or municipality code.
        public var area: AreaParameter
        /// Only these themes.
        public var themes: Set<GroupTheme>?

        /// Creates the params.
        public init(area: AreaParameter, themes: Set<GroupTheme>? = nil) {
            self.area = area
            self.themes = themes
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [GroupSummary] {
        try await context.services.groups.groups(in: params.area.filter, themes: params.themes, context: context.access)
    }
}
