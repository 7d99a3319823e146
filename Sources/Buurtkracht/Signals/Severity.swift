/// How serious a signal looks; the triage queue puts the most severe first.
public enum Severity: Int, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// Worth a look when there is time.
    case low = 1
    /// Needs attention within the normal cycle.
    case moderate = 2
    /// Needs attention soon.
    case high = 3
    /// Acute: act today.
    case acute = 4

    /// Orders by seriousness.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
