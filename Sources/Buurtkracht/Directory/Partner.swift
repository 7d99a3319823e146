/// A partner organisation (*ketenpartner*): the neighbourhood team, the police, a housing
/// corporation, mental-health care, debt assistance, …
///
/// Each partner sees only what a client consented to share with it, for a purpose.
public struct Partner: Identifiable, Hashable, Sendable, Codable {
    /// A partner's identifier.
    public typealias ID = Identifier<Partner>

    /// The partner's identifier.
    public var id: ID
    /// The organisation's name.
    public var name: String
    /// What kind of organisation it is.
    public var kind: Kind

    /// Creates a partner.
    public init(id: ID, name: String, kind: Kind) {
        self.id = id
        self.name = name
        self.kind = kind
    }

    /// What kind of organisation a partner is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The municipal neighbourhood team (*sociaal wijkteam*, *sociaal kernteam*).
        case neighbourhoodTeam
        /// The municipality: Wmo consultants, participation coaches, debt assistance desk.
        case municipality
        /// The police.
        case police
        /// A housing corporation.
        case housingCorporation
        /// Mental-health care (*GGZ*).
        case mentalHealthCare
        /// Debt assistance (*schuldhulpverlening*).
        case debtAssistance
        /// Addiction care.
        case addictionCare
        /// The justice system: probation, detention.
        case justice
        /// The fire brigade.
        case fireBrigade
        /// General practice.
        case generalPractice
        /// Welfare and volunteer organisations (*welzijn*).
        case welfare
        /// Anyone else.
        case other
    }
}
