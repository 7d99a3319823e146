import Buurtkracht

/// A row that passed validation: typed values for every record the mapping makes from it,
/// ready for the writer. Only fields the mapping maps are applied to existing records.
struct ValidatedRow: Sendable {
    /// The row number.
    var row: Int
    /// The record id in the legacy system.
    var legacyID: String
    var client: ClientValues?
    /// The household's legacy id, when the mapping makes households.
    var householdID: String?
    var signal: SignalValues?
    var plan: PlanValues?
    var membership: MembershipValues?
    /// Warnings found while reading and validating (the row is still imported).
    var warnings: [ImportDiagnostic] = []
}

/// A client's values from one row.
struct ClientValues: Sendable, Hashable {
    var familyName: String
    var givenNames: String?
    var prefix: String?
    var birthDate: CalendarDate?
    var gender: Gender?
    var bsn: BSN?
    var address: Address?
    var referralSource: ReferralSource?
    var problemAreas: Set<LifeDomain>?
    var hasForensicTitle: Bool?
    var registeredAt: CalendarDate?
    var status: Client.Status?
}

/// A signal's values from one row.
struct SignalValues: Sendable, Hashable {
    var legacyID: String
    /// The legacy id of the client it is about; nil: the row's own client (or none).
    var clientReference: String?
    var category: SignalCategory
    var source: SourceKind
    var organisation: String?
    var severity: Severity
    var observedAt: CalendarDate?
    var reportedAt: CalendarDate?
    var summary: String?
    var neighbourhood: NeighbourhoodCode?
}

/// A plan's values from one row.
struct PlanValues: Sendable, Hashable {
    var legacyID: String
    var clientReference: String?
    var coordinator: Professional.ID
    var startedAt: CalendarDate
    var neighbourhood: NeighbourhoodCode?
}

/// A group membership's values from one row.
struct MembershipValues: Sendable, Hashable {
    var clientReference: String?
    var group: SelfHelpGroup.ID
    var since: CalendarDate?
}

/// Which client fields the mapping fills; only these overwrite an existing client.
struct ClientFields: OptionSet, Sendable, Hashable {
    let rawValue: Int
    static let givenNames = ClientFields(rawValue: 1 << 0)
    static let prefix = ClientFields(rawValue: 1 << 1)
    static let birthDate = ClientFields(rawValue: 1 << 2)
    static let gender = ClientFields(rawValue: 1 << 3)
    static let bsn = ClientFields(rawValue: 1 << 4)
    static let address = ClientFields(rawValue: 1 << 5)
    static let referralSource = ClientFields(rawValue: 1 << 6)
    static let problemAreas = ClientFields(rawValue: 1 << 7)
    static let hasForensicTitle = ClientFields(rawValue: 1 << 8)
    static let registeredAt = ClientFields(rawValue: 1 << 9)
    static let status = ClientFields(rawValue: 1 << 10)
    static let household = ClientFields(rawValue: 1 << 11)
}
