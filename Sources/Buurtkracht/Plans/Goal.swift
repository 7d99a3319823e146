public import Foundation

/// A goal in one life domain, with its baseline, target and current level on the
/// self-sufficiency scale, and the client's readiness with the guidance style it calls for.
public struct Goal: Identifiable, Hashable, Sendable, Codable {
    /// A goal's identifier.
    public typealias ID = Identifier<Goal>

    /// The goal's identifier.
    public var id: ID
    /// The life domain the goal is in.
    public var domain: LifeDomain
    /// What the client wants to reach, in their words. May hold sensitive details.
    public var description: String
    /// The level when the goal was set.
    public var baseline: SelfSufficiency
    /// The level the client aims for.
    public var target: SelfSufficiency
    /// The level now, updated by evaluations.
    public var current: SelfSufficiency
    /// The client's readiness for this goal.
    public var readiness: Readiness
    /// The guidance style the plan's model derives from ``readiness``.
    public var style: GuidanceStyle
    /// When the goal was set.
    public var createdAt: Date

    /// Creates a goal; ``current`` starts at the baseline.
    public init(
        id: ID,
        domain: LifeDomain,
        description: String,
        baseline: SelfSufficiency,
        target: SelfSufficiency,
        readiness: Readiness,
        model: GuidanceModel,
        createdAt: Date
    ) {
        self.id = id
        self.domain = domain
        self.description = description
        self.baseline = baseline
        self.target = target
        self.current = baseline
        self.readiness = readiness
        self.style = model.style(for: readiness)
        self.createdAt = createdAt
    }

    /// Whether the current level is below the target.
    public var isBelowTarget: Bool { current < target }
}
