/// A CBS district code (*wijkcode*): `WK` and six digits, like `WK036301`.
public struct DistrictCode: AreaCode {
    /// `WK`.
    public static let prefix = "WK"
    /// Six.
    public static let digitCount = 6
    /// `district`.
    public static let areaName = "district"
    /// The code's text, `WK` included.
    public let rawValue: String

    /// Creates a code from text that is known to be valid; use ``AreaCode/init(_:)`` otherwise.
    public init(uncheckedRawValue rawValue: String) {
        self.rawValue = rawValue
    }

    /// The municipality this district belongs to.
    public var municipality: MunicipalityCode {
        MunicipalityCode(uncheckedRawValue: MunicipalityCode.prefix + digits.prefix(MunicipalityCode.digitCount))
    }
}
