import Buurtkracht

/// Params naming one area: a neighbourhood, district or municipality code: `{"area": "…"}`. Shared by the methods that take only that.
public struct AreaParams: Codable, Sendable, Hashable {
    /// The area: a neighbourhood, district or municipality code.
    public var area: AreaParameter

    /// Creates the params.
    public init(area: AreaParameter) {
        self.area = area
    }
}
