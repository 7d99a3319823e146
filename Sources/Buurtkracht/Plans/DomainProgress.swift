public import Foundation

/// Progress in one life domain of a plan.
public struct DomainProgress: Hashable, Sendable, Codable {
    /// The domain.
    public var domain: LifeDomain
    /// The level at the start: the goal's baseline, or the first evaluated score.
    public var baseline: SelfSufficiency?
    /// The target, when a goal is set in the domain.
    public var target: SelfSufficiency?
    /// The latest level.
    public var current: SelfSufficiency?
    /// Every evaluated score, oldest first.
    public var history: [Score]

    /// Creates progress.
    public init(
        domain: LifeDomain,
        baseline: SelfSufficiency?,
        target: SelfSufficiency?,
        current: SelfSufficiency?,
        history: [Score]
    ) {
        self.domain = domain
        self.baseline = baseline
        self.target = target
        self.current = current
        self.history = history
    }

    /// The change from baseline to current, in levels; nil when either is unknown.
    public var change: Int? {
        guard let baseline, let current else { return nil }
        return current.rawValue - baseline.rawValue
    }

    /// One dated score.
    public struct Score: Hashable, Sendable, Codable {
        /// When it was scored.
        public var at: Date
        /// The level.
        public var level: SelfSufficiency

        /// Creates a score.
        public init(at: Date, level: SelfSufficiency) {
            self.at = at
            self.level = level
        }
    }
}
