public import Foundation

/// A periodic evaluation of a plan: dated scores per life domain.
public struct Evaluation: Identifiable, Hashable, Sendable, Codable {
    /// An evaluation's identifier.
    public typealias ID = Identifier<Evaluation>

    /// The evaluation's identifier.
    public var id: ID
    /// When it took place.
    public var at: Date
    /// Who led it.
    public var by: Professional.ID?
    /// The scores per domain; domains not discussed are absent.
    public var scores: [LifeDomain: SelfSufficiency]
    /// Notes. May hold sensitive details.
    public var summary: String?

    /// Creates an evaluation.
    public init(
        id: ID,
        at: Date,
        by: Professional.ID? = nil,
        scores: [LifeDomain: SelfSufficiency],
        summary: String? = nil
    ) {
        self.id = id
        self.at = at
        self.by = by
        self.scores = scores
        self.summary = summary
    }
}
