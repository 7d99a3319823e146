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
            let tx = unit.transaction
            let timeZone = unit.environment.timeZone
            let start = period.start(in: timeZone)
            let end = period.end(in: timeZone)
            let signals = try tx.signals.signals(
                matching: SignalQuery(neighbourhood: neighbourhood, reportedFrom: start, reportedBefore: end)
            )
            let visits = try tx.visits.visits(matching: VisitQuery(neighbourhood: neighbourhood, from: start))
            let plans = try tx.plans.plans(matching: PlanQuery(neighbourhood: neighbourhood, startedBefore: end))
            let groups = try tx.groups.groups(matching: GroupQuery(area: .neighbourhood(neighbourhood)))
            let report = NeighbourhoodReportBuilder(neighbourhood: neighbourhood, period: period, timeZone: timeZone, now: unit.now)
                .report(signals: signals, visits: visits, plans: plans, groups: groups)
            try unit.audit(.read, record: record, subject: nil, basis: .role)
            return report
        }
    }
}
