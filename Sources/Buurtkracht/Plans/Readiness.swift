/// A client's readiness for one goal: able or unable, willing or unwilling.
///
/// Readiness is per goal, not per person; the guidance style follows from it through the
/// plan's ``GuidanceModel``.
public struct Readiness: Hashable, Sendable, Codable {
    /// Whether the client can do what the goal asks.
    public var competence: Competence
    /// Whether the client wants to.
    public var motivation: Motivation

    /// Creates a readiness.
    public init(competence: Competence, motivation: Motivation) {
        self.competence = competence
        self.motivation = motivation
    }

    /// Competence for a goal.
    public enum Competence: String, Hashable, Sendable, Codable, CaseIterable {
        /// Able (*bekwaam*).
        case able
        /// Unable (*onbekwaam*).
        case unable
    }

    /// Motivation for a goal.
    public enum Motivation: String, Hashable, Sendable, Codable, CaseIterable {
        /// Willing (*gemotiveerd*).
        case willing
        /// Unwilling (*niet gemotiveerd*).
        case unwilling
    }
}
