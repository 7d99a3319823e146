public import Foundation

/// An outreach or home visit (*huisbezoek*, "behind the front door").
///
/// About twenty isolated residents visited, ten referred on to care and activities: visits
/// and their outcomes feed the neighbourhood report's funnel.
public struct Visit: Identifiable, Hashable, Sendable, Codable, CustomStringConvertible, CustomReflectable {
    /// A visit's identifier.
    public typealias ID = Identifier<Visit>

    /// The visit's identifier.
    public var id: ID
    /// Whom the visit was for: a client, a household or an address.
    public var subject: SignalSubject
    /// The signal that led to the visit, when there was one.
    public var signal: Signal.ID?
    /// The neighbourhood of the visit, for reporting.
    public var neighbourhood: NeighbourhoodCode?
    /// The professionals who visited.
    public var professionals: [Professional.ID]
    /// The volunteers or experts-by-experience who visited.
    public var volunteers: [Volunteer.ID]
    /// When the visit took place.
    public var at: Date
    /// What came of it.
    public var outcome: VisitOutcome
    /// Notes. May hold sensitive details: never logged.
    public var summary: String?

    /// Creates a visit.
    public init(
        id: ID,
        subject: SignalSubject,
        signal: Signal.ID? = nil,
        neighbourhood: NeighbourhoodCode? = nil,
        professionals: [Professional.ID] = [],
        volunteers: [Volunteer.ID] = [],
        at: Date,
        outcome: VisitOutcome,
        summary: String? = nil
    ) {
        self.id = id
        self.subject = subject
        self.signal = signal
        self.neighbourhood = neighbourhood
        self.professionals = professionals
        self.volunteers = volunteers
        self.at = at
        self.outcome = outcome
        self.summary = summary
    }

    /// `Visit(<id>)` — never personal data.
    public var description: String { "Visit(\(id))" }

    /// A mirror that shows only the identifier and outcome.
    public var customMirror: Mirror { Mirror(self, children: ["id": id, "outcome": outcome]) }
}

/// What came of a visit.
public enum VisitOutcome: String, Hashable, Sendable, Codable, CaseIterable {
    /// Contact was made.
    case contactMade
    /// The resident refused help.
    case refused
    /// Nobody opened the door.
    case noAnswer
    /// The resident was referred on to care or activities.
    case referred

    /// Whether the resident was reached.
    public var reached: Bool { self == .contactMade || self == .referred || self == .refused }
}
