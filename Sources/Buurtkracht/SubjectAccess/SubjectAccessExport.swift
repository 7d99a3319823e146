public import Foundation

/// Everything Buurtkracht holds about one resident, as one document: the answer to a
/// subject-access request (*inzage*, AVG article 15).
///
/// Made by ``SubjectAccessService/export(client:context:)``; `Codable`, so a front end writes it
/// as JSON:
///
/// ```swift
/// let export = try await services.subjectAccess.export(client: clientID, context: dataOfficer)
/// let json = try JSONEncoder().encode(export)
/// ```
///
/// The document holds the resident's own data only. Co-residents appear as identifiers at most
/// (a possible-duplicate pair names the other record; a household plan is the household's), and
/// a self-help group is described by its own details and the resident's place in it — never by
/// its other members.
public struct SubjectAccessExport: Hashable, Sendable, Codable {
    /// When the export was made.
    public var exportedAt: Date
    /// The client record.
    public var client: Client
    /// The client's household, when they belong to one.
    public var household: Household?
    /// Signals about the client, their household, or their address (address-only signals).
    public var signals: [Signal]
    /// Outreach and home visits to the client, their household, or their address.
    public var visits: [Visit]
    /// Guidance plans for the client or their household, with goals, actions, agreements and
    /// evaluations.
    public var plans: [Plan]
    /// The ties in the client's network.
    public var ties: [Tie]
    /// The self-help groups the client is a member of or waits for, with the meetings they attended.
    public var groups: [GroupParticipation]
    /// Referrals of the client to partners and groups.
    public var referrals: [Referral]
    /// Consents and other lawful bases recorded for the client.
    public var consents: [Consent]
    /// Break-the-glass grants to the client's data.
    public var breakGlassGrants: [BreakGlassGrant]
    /// Possible-duplicate pairs that include the client.
    public var possibleDuplicates: [PossibleDuplicate]
    /// Where imported records in this export came from: file, row and legacy identifier.
    public var importProvenance: [ImportProvenance]
    /// The audit entries about the client, including the one that records this export.
    public var auditEntries: [AuditEntry]

    /// Creates an export.
    public init(
        exportedAt: Date,
        client: Client,
        household: Household?,
        signals: [Signal],
        visits: [Visit],
        plans: [Plan],
        ties: [Tie],
        groups: [GroupParticipation],
        referrals: [Referral],
        consents: [Consent],
        breakGlassGrants: [BreakGlassGrant],
        possibleDuplicates: [PossibleDuplicate],
        importProvenance: [ImportProvenance],
        auditEntries: [AuditEntry]
    ) {
        self.exportedAt = exportedAt
        self.client = client
        self.household = household
        self.signals = signals
        self.visits = visits
        self.plans = plans
        self.ties = ties
        self.groups = groups
        self.referrals = referrals
        self.consents = consents
        self.breakGlassGrants = breakGlassGrants
        self.possibleDuplicates = possibleDuplicates
        self.importProvenance = importProvenance
        self.auditEntries = auditEntries
    }

    /// One self-help group seen from one resident: the group's own details, their place in it,
    /// and the meetings they attended. The group's other members are left out.
    public struct GroupParticipation: Hashable, Sendable, Codable {
        /// The group.
        public var group: SelfHelpGroup.ID
        /// Its name.
        public var name: String
        /// Its theme.
        public var theme: GroupTheme
        /// The partner that organises it.
        public var organiser: Partner.ID
        /// Where it meets.
        public var location: String
        /// Member or on the waiting list; nil for a former member whose attendance is still recorded.
        public var placement: SelfHelpGroup.Enrolment.Placement?
        /// Since when they are a member or waiting; nil for a former member.
        public var since: Date?
        /// The meetings the resident attended, in date order.
        public var attended: [CalendarDate]

        /// The resident's participation in `group`, or nil when they are not a member, not
        /// waiting, and attended none of its meetings.
        public init?(_ group: SelfHelpGroup, client: Client.ID) {
            let attended = group.meetings.filter { $0.present.contains(client) }.map(\.date)
            if let member = group.members.first(where: { $0.client == client }) {
                placement = .member
                since = member.since
            } else if let waiting = group.waitingList.first(where: { $0.client == client }) {
                placement = .waitingList
                since = waiting.since
            } else if !attended.isEmpty {
                placement = nil
                since = nil
            } else {
                return nil
            }
            self.group = group.id
            self.name = group.name
            self.theme = group.theme
            self.organiser = group.organiser
            self.location = group.location
            self.attended = attended
        }
    }
}
