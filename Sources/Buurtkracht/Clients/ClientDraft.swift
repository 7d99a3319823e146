/// What is known of a new client when they are registered; the service adds the identifier,
/// status and registration time.
///
/// ```swift
/// let draft = ClientDraft(
///     name: PersonName(givenNames: "Kees", familyName: "Jansen"),
///     birthDate: try CalendarDate(year: 1961, month: 3, day: 2),
///     address: address,
///     referralSource: .housingCorporation,
///     problemAreas: [.finances, .housing]
/// )
/// ```
public struct ClientDraft: Hashable, Sendable, Codable {
    /// The client's name; a family name is required.
    public var name: PersonName
    /// The birth date, when known.
    public var birthDate: CalendarDate?
    /// The gender, when recorded.
    public var gender: Gender?
    /// The BSN, when known and needed.
    public var bsn: BSN?
    /// The household, when it exists already.
    public var household: Household.ID?
    /// Where the client lives.
    public var address: Address?
    /// Who referred the client.
    public var referralSource: ReferralSource?
    /// Known problem areas.
    public var problemAreas: Set<LifeDomain>
    /// Whether the client has a forensic title.
    public var hasForensicTitle: Bool
    /// Identifiers in other systems.
    public var externalIDs: [String: String]

    /// Creates a draft.
    public init(
        name: PersonName,
        birthDate: CalendarDate? = nil,
        gender: Gender? = nil,
        bsn: BSN? = nil,
        household: Household.ID? = nil,
        address: Address? = nil,
        referralSource: ReferralSource? = nil,
        problemAreas: Set<LifeDomain> = [],
        hasForensicTitle: Bool = false,
        externalIDs: [String: String] = [:]
    ) {
        self.name = name
        self.birthDate = birthDate
        self.gender = gender
        self.bsn = bsn
        self.household = household
        self.address = address
        self.referralSource = referralSource
        self.problemAreas = problemAreas
        self.hasForensicTitle = hasForensicTitle
        self.externalIDs = externalIDs
    }
}
