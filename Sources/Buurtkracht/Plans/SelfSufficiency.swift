/// A level on the self-sufficiency scale (after the *Zelfredzaamheid-Matrix*), 1 to 5.
///
/// Encoded as its number.
///
/// ```swift
/// let score = try SelfSufficiency(score: 2)   // .notSelfSufficient
/// ```
public enum SelfSufficiency: Int, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// 1 — acute problems (*acute problematiek*).
    case acuteProblems = 1
    /// 2 — not self-sufficient (*niet zelfredzaam*).
    case notSelfSufficient = 2
    /// 3 — barely self-sufficient (*beperkt zelfredzaam*).
    case barelySelfSufficient = 3
    /// 4 — sufficiently self-sufficient (*voldoende zelfredzaam*).
    case sufficientlySelfSufficient = 4
    /// 5 — fully self-sufficient (*volledig zelfredzaam*).
    case fullySelfSufficient = 5

    /// The level for a score 1–5, or ``BuurtkrachtError/Code/invalidScore``.
    public init(score: Int) throws(BuurtkrachtError) {
        guard let level = SelfSufficiency(rawValue: score) else {
            throw BuurtkrachtError(
                code: .invalidScore,
                message: "A self-sufficiency score is a whole number from 1 (acute problems) to 5 (fully self-sufficient)."
            )
        }
        self = level
    }

    /// Orders from acute problems to fully self-sufficient.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes the number and validates it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let score = try container.decode(Int.self)
        do {
            self = try SelfSufficiency(score: score)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes the number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
