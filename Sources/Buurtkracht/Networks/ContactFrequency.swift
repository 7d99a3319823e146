/// How often a client and someone in their network are in contact.
public enum ContactFrequency: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// Every day.
    case daily
    /// Every week.
    case weekly
    /// Every month.
    case monthly
    /// Less than monthly.
    case rarely
    /// No contact any more.
    case none

    /// Orders from most to least frequent.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
