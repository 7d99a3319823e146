extension NeighbourhoodReportBuilder {
    /// Reads what the report needs from a transaction — the neighbourhood's signals reported in
    /// the period, the visits since its start, the plans started before its end, the groups —
    /// and builds it.
    ///
    /// ```swift
    /// let report = try await storage.read { tx in
    ///     try NeighbourhoodReportBuilder(neighbourhood: code, period: period, timeZone: .amsterdam, now: now)
    ///         .report(from: tx)
    /// }
    /// ```
    public func report(from tx: any StorageTransaction) throws -> NeighbourhoodReport {
        let start = period.start(in: timeZone)
        let end = period.end(in: timeZone)
        let signals = try tx.signals.signals(
            matching: SignalQuery(neighbourhood: neighbourhood, reportedFrom: start, reportedBefore: end)
        )
        let visits = try tx.visits.visits(matching: VisitQuery(neighbourhood: neighbourhood, from: start))
        let plans = try tx.plans.plans(matching: PlanQuery(neighbourhood: neighbourhood, startedBefore: end))
        let groups = try tx.groups.groups(matching: GroupQuery(area: .neighbourhood(neighbourhood)))
        return report(signals: signals, visits: visits, plans: plans, groups: groups)
    }
}
