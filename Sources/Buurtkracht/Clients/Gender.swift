/// A client's gender as recorded (*geslacht*).
public enum Gender: String, Hashable, Sendable, Codable, CaseIterable {
    /// Female (*vrouw*).
    case female
    /// Male (*man*).
    case male
    /// Another gender, or not told (*anders*, *onbekend*).
    case other
}
