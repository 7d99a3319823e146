public import Buurtkracht

/// `reports.neighbourhood`: The neighbourhood report over a period: signals, contact times, plans by phase, self-sufficiency change, groups, the pilot funnel. Aggregates only. Needs viewReports.
public enum ReportsNeighbourhood: RPCMethod {
    /// `"reports.neighbourhood"`.
    public static let name = "reports.neighbourhood"
    /// What the method does.
    public static let summary = "The neighbourhood report over a period: signals, contact times, plans by phase, self-sufficiency change, groups, the pilot funnel. Aggregates only. Needs viewReports."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The neighbourhood.
        public var neighbourhood: NeighbourhoodCode
        /// The first and last day.
        public var period: ReportPeriod

        /// Creates the params.
        public init(neighbourhood: NeighbourhoodCode, period: ReportPeriod) {
            self.neighbourhood = neighbourhood
            self.period = period
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> NeighbourhoodReport {
        try await context.services.reports.neighbourhoodReport(for: params.neighbourhood, period: params.period, context: context.access)
    }
}
