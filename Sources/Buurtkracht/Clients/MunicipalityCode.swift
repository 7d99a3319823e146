/// A CBS municipality code (*gemeentecode*): `GM` and four digits, like `GM0363` (Amsterdam).
public struct MunicipalityCode: AreaCode {
    /// `GM`.
    public static let prefix = "GM"
    /// Four.
    public static let digitCount = 4
    /// `municipality`.
    public static let areaName = "municipality"
    /// The code's text, `GM` included.
    public let rawValue: String

    /// Creates a code from text that is known to be valid; use ``AreaCode/init(_:)`` otherwise.
    public init(uncheckedRawValue rawValue: String) {
        self.rawValue = rawValue
    }
}
