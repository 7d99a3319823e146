public import Foundation

/// A resident who receives or may receive support (*bewoner*, *cliënt*).
///
/// A client is personal data. `description` and reflection show only the identifier, so a
/// client printed or dumped by accident reveals nothing; the BSN is never shown.
///
/// ```swift
/// let client = Client(
///     id: ids(),
///     name: PersonName(givenNames: "Fatima", familyName: "El Amrani"),
///     birthDate: try CalendarDate(year: 1979, month: 5, day: 14),
///     address: address,
///     referralSource: .police,
///     registeredAt: clock.now
/// )
/// ```
public struct Client: Identifiable, Hashable, Sendable, Codable, CustomStringConvertible, CustomReflectable {
    /// A client's identifier.
    public typealias ID = Identifier<Client>

    /// The client's identifier.
    public var id: ID
    /// The client's name.
    public var name: PersonName
    /// The birth date, when known.
    public var birthDate: CalendarDate?
    /// The gender, when recorded.
    public var gender: Gender?
    /// The citizen service number, when known and needed.
    public var bsn: BSN?
    /// The household the client belongs to.
    public var household: Household.ID?
    /// Where the client lives; absent for people without a home.
    public var address: Address?
    /// Who referred the client (*aangemeld door*).
    public var referralSource: ReferralSource?
    /// The life domains in which problems are known (debts, addiction, housing, …).
    public var problemAreas: Set<LifeDomain>
    /// Whether the client has a forensic title (*justitiecliënt*). Justice data: handle with care.
    public var hasForensicTitle: Bool
    /// Whether the client is active, inactive, or merged into another client record.
    public var status: Status
    /// The client this record was merged into, when ``status`` is ``Status/merged``.
    public var mergedInto: ID?
    /// Identifiers in other systems, keyed by the system's name (`"Suite4Sociaal"`: `"D-1042"`).
    public var externalIDs: [String: String]
    /// When the client was registered.
    public var registeredAt: Date

    /// Creates a client.
    public init(
        id: ID,
        name: PersonName,
        birthDate: CalendarDate? = nil,
        gender: Gender? = nil,
        bsn: BSN? = nil,
        household: Household.ID? = nil,
        address: Address? = nil,
        referralSource: ReferralSource? = nil,
        problemAreas: Set<LifeDomain> = [],
        hasForensicTitle: Bool = false,
        status: Status = .active,
        mergedInto: ID? = nil,
        externalIDs: [String: String] = [:],
        registeredAt: Date
    ) {
        self.id = id
        self.name = name
        self.birthDate = birthDate
        self.gender = gender
        self.bsn = bsn
        self.household = household
        self.address = address
        self.referralSource = referralSource
        self.problemAreas = problemAreas
        self.hasForensicTitle = hasForensicTitle
        self.status = status
        self.mergedInto = mergedInto
        self.externalIDs = externalIDs
        self.registeredAt = registeredAt
    }

    /// Whether a client is in active use.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// In active use.
        case active
        /// No longer in contact; kept as long as retention allows.
        case inactive
        /// Merged into another client record (see ``Client/mergedInto``); reversible.
        case merged
    }

    /// The neighbourhood of the client's address, when known.
    public var neighbourhood: NeighbourhoodCode? { address?.neighbourhood }

    /// `Client(<id>)` — never personal data.
    public var description: String { "Client(\(id))" }

    /// A mirror that shows only the identifier, so that `dump` cannot leak personal data.
    public var customMirror: Mirror { Mirror(self, children: ["id": id]) }
}
