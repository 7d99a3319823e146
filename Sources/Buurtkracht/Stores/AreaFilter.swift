/// Selects records by CBS area: one neighbourhood, a district, or a municipality.
public enum AreaFilter: Hashable, Sendable, Codable {
    /// One neighbourhood.
    case neighbourhood(NeighbourhoodCode)
    /// Every neighbourhood of a district.
    case district(DistrictCode)
    /// Every neighbourhood of a municipality.
    case municipality(MunicipalityCode)

    /// Whether `code` lies in the area.
    public func contains(_ code: NeighbourhoodCode) -> Bool {
        switch self {
        case .neighbourhood(let neighbourhood): code == neighbourhood
        case .district(let district): code.district == district
        case .municipality(let municipality): code.municipality == municipality
        }
    }

    /// The prefix every neighbourhood code in the area starts with (`BU0363`, `BU036301`, …),
    /// for stores that filter by text.
    public var neighbourhoodCodePrefix: String {
        switch self {
        case .neighbourhood(let code): code.rawValue
        case .district(let code): NeighbourhoodCode.prefix + code.digits
        case .municipality(let code): NeighbourhoodCode.prefix + code.digits
        }
    }
}
