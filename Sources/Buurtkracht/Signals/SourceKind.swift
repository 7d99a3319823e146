/// Where a signal comes from. Deadlines for the first contact offer are set per source kind.
public enum SourceKind: String, Hashable, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    /// A neighbour (*buurtbewoner*).
    case neighbour
    /// The police, often the neighbourhood officer.
    case police
    /// A housing corporation, for example reporting rent arrears.
    case housingCorporation
    /// An energy or water company reporting payment arrears.
    case utilityCompany
    /// A health insurer reporting premium arrears.
    case healthInsurer
    /// A general practitioner.
    case generalPractitioner
    /// An outreach worker or expert-by-experience.
    case outreachWorker
    /// The resident themselves.
    case selfReport
    /// Anyone else.
    case other

    /// Whether the source reports payment arrears under the early-debt-signalling duty
    /// (*vroegsignalering*): landlords, energy and water companies, health insurers.
    public var isEarlyDebtSignaller: Bool {
        switch self {
        case .housingCorporation, .utilityCompany, .healthInsurer: true
        default: false
        }
    }
}
