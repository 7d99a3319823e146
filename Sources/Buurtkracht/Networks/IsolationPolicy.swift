/// When a client counts as socially isolated: fewer informal ties than a threshold, and no
/// contact within a number of days.
///
/// ```swift
/// let policy = IsolationPolicy(minimumInformalTies: 2, contactWindowDays: 30)
/// ```
public struct IsolationPolicy: Hashable, Sendable, Codable {
    /// A client with fewer active informal ties than this may be isolated. Two by default.
    public var minimumInformalTies: Int
    /// …and is isolated when nobody had contact with them within this many days. Thirty by default.
    public var contactWindowDays: Int

    /// Creates a policy.
    public init(minimumInformalTies: Int = 2, contactWindowDays: Int = 30) {
        self.minimumInformalTies = minimumInformalTies
        self.contactWindowDays = contactWindowDays
    }
}
