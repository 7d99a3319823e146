/// One transaction's view of every aggregate store. Valid only inside the unit of work that
/// received it; never keep it.
public protocol StorageTransaction: AnyObject {
    /// Clients.
    var clients: any ClientStore { get }
    /// Households.
    var households: any HouseholdStore { get }
    /// Signals of concern.
    var signals: any SignalStore { get }
    /// Outreach and home visits.
    var visits: any VisitStore { get }
    /// Guidance plans.
    var plans: any PlanStore { get }
    /// Ties and volunteers.
    var network: any NetworkStore { get }
    /// Self-help groups.
    var groups: any GroupStore { get }
    /// Referrals.
    var referrals: any ReferralStore { get }
    /// Possible duplicate clients.
    var duplicates: any DuplicateStore { get }
    /// Partners, professionals and access tokens.
    var directory: any DirectoryStore { get }
    /// Consents and break-the-glass grants.
    var consents: any ConsentStore { get }
    /// The audit trail.
    var audit: any AuditLog { get }
    /// Import runs and provenance.
    var imports: any ImportLedger { get }
}
