/// The thirteen life domains of the self-sufficiency matrix (2017 version), in which goals
/// are set and progress is scored.
///
/// Only the domain names and the five levels of ``SelfSufficiency`` are used; the criteria
/// texts of each cell belong to their authors and are not shipped.
public enum LifeDomain: String, Hashable, Comparable, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    /// *Financiën*.
    case finances
    /// *Werk & opleiding*.
    case workAndEducation
    /// *Tijdsbesteding*.
    case timeUse
    /// *Huisvesting*.
    case housing
    /// *Huiselijke relaties*.
    case domesticRelations
    /// *Geestelijke gezondheid*.
    case mentalHealth
    /// *Lichamelijke gezondheid*.
    case physicalHealth
    /// *Middelengebruik*.
    case substanceUse
    /// *Basale ADL* — basic activities of daily living.
    case basicDailyLiving
    /// *Instrumentele ADL* — instrumental activities of daily living.
    case instrumentalDailyLiving
    /// *Sociaal netwerk*.
    case socialNetwork
    /// *Maatschappelijke participatie*.
    case communityParticipation
    /// *Justitie*.
    case justice

    /// The Dutch name used by neighbourhood teams.
    public var dutchName: String {
        switch self {
        case .finances: "Financiën"
        case .workAndEducation: "Werk & opleiding"
        case .timeUse: "Tijdsbesteding"
        case .housing: "Huisvesting"
        case .domesticRelations: "Huiselijke relaties"
        case .mentalHealth: "Geestelijke gezondheid"
        case .physicalHealth: "Lichamelijke gezondheid"
        case .substanceUse: "Middelengebruik"
        case .basicDailyLiving: "Basale ADL"
        case .instrumentalDailyLiving: "Instrumentele ADL"
        case .socialNetwork: "Sociaal netwerk"
        case .communityParticipation: "Maatschappelijke participatie"
        case .justice: "Justitie"
        }
    }

    /// Orders domains as the matrix lists them.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
