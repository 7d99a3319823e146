/// A programme a plan can follow, with a target duration and a start qualification.
///
/// *Doelbewust Wonen*, for clients leaving detention, is an example: within twelve months a
/// meaningful daytime activity and a stable income, at the end living independently.
///
/// ```swift
/// let programme = Programme(
///     name: "Doelbewust Wonen",
///     targetMonths: 12,
///     startQualification: [
///         .init(text: "Actieve, gemotiveerde houding"),
///         .init(text: "Begeleidbaar op wonen, leren, werken"),
///     ]
/// )
/// ```
public struct Programme: Hashable, Sendable, Codable {
    /// The programme's name.
    public var name: String
    /// How long guidance should take, in months; a plan past it is overdue.
    public var targetMonths: Int?
    /// What must hold before the work (*aanpakken*) starts.
    public var startQualification: [QualificationItem]

    /// Creates a programme.
    public init(name: String, targetMonths: Int? = nil, startQualification: [QualificationItem] = []) {
        self.name = name
        self.targetMonths = targetMonths
        self.startQualification = startQualification
    }

    /// Whether every item of the start qualification is met.
    public var isStartQualificationMet: Bool { startQualification.allSatisfy(\.met) }

    /// One item of a start-qualification checklist.
    public struct QualificationItem: Hashable, Sendable, Codable {
        /// What must hold.
        public var text: String
        /// Whether it holds.
        public var met: Bool

        /// Creates an item, not yet met unless told.
        public init(text: String, met: Bool = false) {
            self.text = text
            self.met = met
        }
    }
}
