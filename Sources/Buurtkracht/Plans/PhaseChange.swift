public import Foundation

/// One change of a plan's phase: from, to, when, by whom and why.
public struct PhaseChange: Hashable, Sendable, Codable {
    /// The phase before.
    public var from: Plan.Phase
    /// The phase after.
    public var to: Plan.Phase
    /// When.
    public var at: Date
    /// By whom.
    public var by: Professional.ID
    /// Why, when a rule asked for a justification.
    public var justification: String?

    /// Creates a phase change.
    public init(from: Plan.Phase, to: Plan.Phase, at: Date, by: Professional.ID, justification: String?) {
        self.from = from
        self.to = to
        self.at = at
        self.by = by
        self.justification = justification
    }
}
