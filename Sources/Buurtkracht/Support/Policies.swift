/// The rules a municipality may configure, gathered in one value.
///
/// Every policy has a default that follows the Dutch practice described in the domain
/// documentation; change what differs locally:
///
/// ```swift
/// var policies = Policies()
/// policies.isolation.minimumInformalTies = 3
/// policies.breakGlassDuration = .seconds(2 * 3600)
/// ```
public struct Policies: Sendable, Hashable {
    /// Deadlines for the first contact offer, per source kind.
    public var contactDeadlines: ContactDeadlinePolicy
    /// How the triage queue weighs and fuses signals.
    public var triage: TriagePolicy
    /// When a client counts as socially isolated.
    public var isolation: IsolationPolicy
    /// How long break-the-glass access lasts.
    public var breakGlassDuration: Duration

    /// Creates the policies; the defaults follow Dutch practice.
    public init(
        contactDeadlines: ContactDeadlinePolicy = .dutchDefault,
        triage: TriagePolicy = TriagePolicy(),
        isolation: IsolationPolicy = IsolationPolicy(),
        breakGlassDuration: Duration = .seconds(4 * 3600)
    ) {
        self.contactDeadlines = contactDeadlines
        self.triage = triage
        self.isolation = isolation
        self.breakGlassDuration = breakGlassDuration
    }
}
