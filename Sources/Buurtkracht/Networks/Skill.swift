/// A skill a volunteer offers or a need asks for. The set is open: a municipality may add its own.
///
/// ```swift
/// let needs: Set<Skill> = [.paperwork, .budgeting, Skill(rawValue: "fietsreparatie")]
/// ```
public struct Skill: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral {
    /// The skill's name.
    public let rawValue: String

    /// Creates a skill.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates a skill from a literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Orders skills by name.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Getting the paperwork in order (*administratie*).
    public static let paperwork: Skill = "paperwork"
    /// Budgeting (*budgetteren*).
    public static let budgeting: Skill = "budgeting"
    /// Dutch language practice (*taalmaatje*).
    public static let language: Skill = "language"
    /// Digital skills: e-mail, DigiD, online banking.
    public static let digital: Skill = "digital"
    /// Transport to appointments.
    public static let transport: Skill = "transport"
    /// Company and a listening ear.
    public static let companionship: Skill = "companionship"
    /// Odd jobs in and around the house (*klusjes*).
    public static let chores: Skill = "chores"
    /// Lived experience (*ervaringsdeskundigheid*).
    public static let livedExperience: Skill = "livedExperience"
}
