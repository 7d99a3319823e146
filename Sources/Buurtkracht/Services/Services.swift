/// The Buurtkracht services over one storage: the domain's rules, each operation one unit of
/// work, every access checked and audited.
///
/// ```swift
/// let services = Services(storage: InMemoryStorage())
/// let admin = try await services.directory.bootstrap(
///     partnerName: "Sociaal Wijkteam Noord", administratorName: "Beheer"
/// )
/// let outcome = try await services.signals.report(report, context: context)
/// let queue = try await services.signals.triageQueue(for: neighbourhood, context: context)
/// ```
///
/// `Services` is a cheap value: copy it freely, share it between tasks.
public struct Services: Sendable {
    /// The storage the services work on.
    public let storage: any Storage
    /// The clock, ids, time zone, sealer and policies the rules use.
    public let environment: ServiceEnvironment

    /// Partners, professionals and access tokens.
    public var directory: DirectoryService { DirectoryService(runner: runner) }
    /// Clients and households.
    public var clients: ClientService { ClientService(runner: runner) }
    /// Signals and the triage queue.
    public var signals: SignalService { SignalService(runner: runner) }
    /// Outreach and home visits.
    public var outreach: OutreachService { OutreachService(runner: runner) }
    /// Guidance plans.
    public var plans: PlanService { PlanService(runner: runner) }
    /// Networks: ties, who is involved, isolation.
    public var network: NetworkService { NetworkService(runner: runner) }
    /// Volunteers and matching.
    public var volunteers: VolunteerService { VolunteerService(runner: runner) }
    /// Self-help groups.
    public var groups: GroupService { GroupService(runner: runner) }
    /// Referrals to partners and groups.
    public var referrals: ReferralService { ReferralService(runner: runner) }
    /// Possible duplicate clients: flag, decide, merge, unmerge.
    public var duplicates: DuplicateService { DuplicateService(runner: runner) }
    /// Consents and break-the-glass access.
    public var consents: ConsentService { ConsentService(runner: runner) }
    /// Neighbourhood reports.
    public var reports: ReportService { ReportService(runner: runner) }
    /// The audit trail.
    public var audit: AuditService { AuditService(runner: runner) }
    /// Subject-access requests (*inzage*): everything held about one resident.
    public var subjectAccess: SubjectAccessService { SubjectAccessService(runner: runner) }
    /// Erasure of a resident's personal data.
    public var erasure: ErasureService { ErasureService(runner: runner) }
    /// Retention: erasing and anonymising what is kept longer than needed.
    public var retention: RetentionService { RetentionService(runner: runner) }

    /// Creates the services over `storage`.
    public init(storage: any Storage, environment: ServiceEnvironment = ServiceEnvironment()) {
        self.storage = storage
        self.environment = environment
    }

    /// Runs your own operation as a unit of work with the same access checks and audit trail as
    /// the built-in services; see ``UnitOfWork``.
    ///
    /// `body` runs once, unless you pass `allowingReplay: true`: then the storage may run it
    /// again after rolling back a first run (see ``Storage/writeAllowingReplay(_:)``), which lets
    /// SQLite's group commit skip a savepoint per unit. Allow it only for a body that changes
    /// nothing outside the unit of work.
    public func perform<T: Sendable>(
        _ context: AccessContext, allowingReplay: Bool = false, _ body: @escaping @Sendable (UnitOfWork) throws -> T
    ) async throws -> T {
        try await runner.perform(context, allowingReplay: allowingReplay, body)
    }

    var runner: ServiceRunner { ServiceRunner(storage: storage, environment: environment) }
}
