/// A CBS neighbourhood code (*buurtcode*): `BU` and eight digits, like `BU03630000`.
///
/// The first four digits name the municipality, the next two the district within it:
///
/// ```swift
/// let code = try NeighbourhoodCode("BU03630104")
/// code.district.rawValue        // "WK036301"
/// code.municipality.rawValue    // "GM0363"
/// ```
public struct NeighbourhoodCode: AreaCode {
    /// `BU`.
    public static let prefix = "BU"
    /// Eight.
    public static let digitCount = 8
    /// `neighbourhood`.
    public static let areaName = "neighbourhood"
    /// The code's text, `BU` included.
    public let rawValue: String

    /// Creates a code from text that is known to be valid; use ``AreaCode/init(_:)`` otherwise.
    public init(uncheckedRawValue rawValue: String) {
        self.rawValue = rawValue
    }

    /// The district (*wijk*) this neighbourhood belongs to.
    public var district: DistrictCode {
        DistrictCode(uncheckedRawValue: DistrictCode.prefix + digits.prefix(DistrictCode.digitCount))
    }

    /// The municipality (*gemeente*) this neighbourhood belongs to.
    public var municipality: MunicipalityCode {
        MunicipalityCode(uncheckedRawValue: MunicipalityCode.prefix + digits.prefix(MunicipalityCode.digitCount))
    }
}
