/// Neighbourhood reports: aggregates only, for the people who steer the work.
public struct ReportService: Sendable {
    let runner: ServiceRunner

    /// The report of a neighbourhood over a period. Needs ``Permission/viewReports``.
    ///
    /// ```swift
    /// let report = try await services.reports.neighbourhoodReport(
    ///     for: try NeighbourhoodCode("BU19160101"), period: try .quarter(3, of: 2026), context: context
    /// )
    /// print(report.funnel)   // in scope → reached → helped
    /// ```
    public func neighbourhoodReport(for neighbourhood: NeighbourhoodCode, period: ReportPeriod, context: AccessContext)
        async throws -> NeighbourhoodReport
    {
        try await runner.perform(context) { unit in
            let record = RecordReference(kind: .report, id: "\(neighbourhood)/\(period)")
            try unit.require(.viewReports, for: record)
            let report = try NeighbourhoodReportBuilder(
                neighbourhood: neighbourhood, period: period, timeZone: unit.environment.timeZone, now: unit.now
            ).report(from: unit.transaction)
            try unit.audit(.read, record: record, subject: nil, basis: .role)
            return report
        }
    }
}
