import Foundation

/// The figures of one neighbourhood over a period: signals, contact times, referrals, plans,
/// progress on the self-sufficiency scale, group occupancy, and the pilot funnel.
///
/// A report holds aggregates only — no names, no addresses, no client identifiers.
public struct NeighbourhoodReport: Hashable, Sendable, Codable {
    /// The neighbourhood.
    public var neighbourhood: NeighbourhoodCode
    /// The period.
    public var period: ReportPeriod
    /// Signals reported in the period that opened a case (merged duplicates and repeats left out).
    public var signalCount: Int
    /// Those signals per category.
    public var signalsByCategory: [SignalCategory: Int]
    /// Those signals per kind of source.
    public var signalsBySource: [SourceKind: Int]
    /// The median number of days from report to the first contact that reached the resident.
    public var medianDaysToFirstContact: Double?
    /// Signals with a deadline whose first contact came in time.
    public var deadlinesMet: Int
    /// Signals with a deadline whose first contact came late, or not at all while the deadline passed.
    public var deadlinesMissed: Int
    /// The share of the period's signals that were referred to care, 0 to 1.
    public var shareReferred: Double?
    /// Plans of the neighbourhood running at some point in the period, per current phase.
    public var plansByPhase: [Plan.Phase: Int]
    /// Open plans past their programme's target duration at the end of the period (or now, if sooner).
    public var plansOverdue: Int
    /// The average change on the self-sufficiency scale per life domain, over the goals of those plans.
    public var averageChangePerDomain: [LifeDomain: Double]
    /// The occupancy of the neighbourhood's self-help groups.
    public var groups: [GroupOccupancy]
    /// Households or addresses in scope → reached → helped.
    public var funnel: Funnel

    /// Creates a report.
    public init(
        neighbourhood: NeighbourhoodCode,
        period: ReportPeriod,
        signalCount: Int,
        signalsByCategory: [SignalCategory: Int],
        signalsBySource: [SourceKind: Int],
        medianDaysToFirstContact: Double?,
        deadlinesMet: Int,
        deadlinesMissed: Int,
        shareReferred: Double?,
        plansByPhase: [Plan.Phase: Int],
        plansOverdue: Int,
        averageChangePerDomain: [LifeDomain: Double],
        groups: [GroupOccupancy],
        funnel: Funnel
    ) {
        self.neighbourhood = neighbourhood
        self.period = period
        self.signalCount = signalCount
        self.signalsByCategory = signalsByCategory
        self.signalsBySource = signalsBySource
        self.medianDaysToFirstContact = medianDaysToFirstContact
        self.deadlinesMet = deadlinesMet
        self.deadlinesMissed = deadlinesMissed
        self.shareReferred = shareReferred
        self.plansByPhase = plansByPhase
        self.plansOverdue = plansOverdue
        self.averageChangePerDomain = averageChangePerDomain
        self.groups = groups
        self.funnel = funnel
    }

    /// The pilot funnel: the dwellings or subjects signalled in the period (in scope), those
    /// reached by a contact attempt or a visit, and those referred to care (helped).
    public struct Funnel: Hashable, Sendable, Codable {
        /// Dwellings or subjects with a signal in the period.
        public var inScope: Int
        /// Of those, reached.
        public var reached: Int
        /// Of those, referred to care.
        public var helped: Int

        /// Creates a funnel.
        public init(inScope: Int, reached: Int, helped: Int) {
            self.inScope = inScope
            self.reached = reached
            self.helped = helped
        }
    }

    /// How full one self-help group is.
    public struct GroupOccupancy: Hashable, Sendable, Codable {
        /// The group.
        public var group: SelfHelpGroup.ID
        /// Its name.
        public var name: String
        /// Its theme.
        public var theme: GroupTheme
        /// Places.
        public var capacity: Int
        /// Members.
        public var members: Int
        /// Waiting.
        public var waiting: Int

        /// Creates an occupancy line.
        public init(group: SelfHelpGroup.ID, name: String, theme: GroupTheme, capacity: Int, members: Int, waiting: Int) {
            self.group = group
            self.name = name
            self.theme = theme
            self.capacity = capacity
            self.members = members
            self.waiting = waiting
        }

        /// Members ÷ capacity.
        public var occupancy: Double { capacity > 0 ? Double(members) / Double(capacity) : 0 }
    }
}
