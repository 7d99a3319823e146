public import Foundation

/// Computes a ``NeighbourhoodReport`` from the records of one neighbourhood: a pure function,
/// so every figure can be checked at a fixed moment.
public struct NeighbourhoodReportBuilder: Sendable {
    /// The neighbourhood.
    public var neighbourhood: NeighbourhoodCode
    /// The period.
    public var period: ReportPeriod
    /// The time zone in which the period's days are counted.
    public var timeZone: TimeZone
    /// The moment the report is made.
    public var now: Date

    /// Creates a builder.
    public init(neighbourhood: NeighbourhoodCode, period: ReportPeriod, timeZone: TimeZone, now: Date) {
        self.neighbourhood = neighbourhood
        self.period = period
        self.timeZone = timeZone
        self.now = now
    }

    /// The report.
    ///
    /// - Parameters:
    ///   - signals: the neighbourhood's signals reported in the period (others are ignored).
    ///   - visits: visits that may follow those signals.
    ///   - plans: the neighbourhood's plans.
    ///   - groups: the neighbourhood's self-help groups.
    public func report(signals: [Signal], visits: [Visit], plans: [Plan], groups: [SelfHelpGroup]) -> NeighbourhoodReport {
        let start = period.start(in: timeZone)
        let end = period.end(in: timeZone)
        let cases = signals.filter {
            $0.neighbourhood == neighbourhood && $0.reportedAt >= start && $0.reportedAt < end && $0.status != .merged
        }
        var byCategory: [SignalCategory: Int] = [:]
        var bySource: [SourceKind: Int] = [:]
        for signal in cases {
            byCategory[signal.category, default: 0] += 1
            bySource[signal.reporter.kind, default: 0] += 1
        }
        let contactDays = cases.compactMap { signal in
            signal.firstContact.map { $0.at.timeIntervalSince(signal.reportedAt) / 86_400 }
        }
        var met = 0
        var missed = 0
        for signal in cases {
            guard let deadline = signal.contactDeadline else { continue }
            if let contact = signal.firstContact {
                if contact.at < deadline { met += 1 } else { missed += 1 }
            } else if deadline <= now {
                missed += 1
            }
        }
        let referred = cases.filter { $0.status == .referred }.count

        let reachedSignals = Set(visits.filter { $0.outcome.reached }.compactMap(\.signal))
        var scope: [String: (reached: Bool, helped: Bool)] = [:]
        for signal in cases {
            let reached = signal.firstContact != nil || reachedSignals.contains(signal.id)
            let previous = scope[signal.fusionKey] ?? (false, false)
            scope[signal.fusionKey] = (previous.reached || reached, previous.helped || signal.status == .referred)
        }

        let running = plans.filter { plan in
            plan.neighbourhood == neighbourhood && plan.startedAt < end
                && (plan.closure.map { $0.closedAt >= start } ?? true)
        }
        var byPhase: [Plan.Phase: Int] = [:]
        for plan in running { byPhase[plan.phase, default: 0] += 1 }
        let overdueMoment = min(now, end)
        let overdue = running.filter { $0.isOverdue(at: overdueMoment, in: timeZone) }.count
        var changes: [LifeDomain: [Int]] = [:]
        for plan in running {
            for goal in plan.goals { changes[goal.domain, default: []].append(goal.current.rawValue - goal.baseline.rawValue) }
        }

        return NeighbourhoodReport(
            neighbourhood: neighbourhood,
            period: period,
            signalCount: cases.count,
            signalsByCategory: byCategory,
            signalsBySource: bySource,
            medianDaysToFirstContact: Self.median(contactDays),
            deadlinesMet: met,
            deadlinesMissed: missed,
            shareReferred: cases.isEmpty ? nil : Double(referred) / Double(cases.count),
            plansByPhase: byPhase,
            plansOverdue: overdue,
            averageChangePerDomain: changes.mapValues { Double($0.reduce(0, +)) / Double($0.count) },
            groups: groups.filter { $0.neighbourhood == neighbourhood }.map {
                NeighbourhoodReport.GroupOccupancy(
                    group: $0.id, name: $0.name, theme: $0.theme, capacity: $0.capacity,
                    members: $0.members.count, waiting: $0.waitingList.count
                )
            },
            funnel: NeighbourhoodReport.Funnel(
                inScope: scope.count,
                reached: scope.values.filter(\.reached).count,
                helped: scope.values.filter(\.helped).count
            )
        )
    }

    /// The median of `values`, or nil when there are none.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}
