/// A typed identifier: `Identifier<Client>` and `Identifier<Signal>` are different types,
/// so a signal id can never be passed where a client id is expected.
///
/// Every entity exposes its identifier as a nested `ID` type alias (`Client.ID`, `Plan.ID`, …).
/// Identifiers are opaque strings: generate them with an ``IDGenerator`` rather than
/// building them by hand, except in tests and fixtures, where a string literal is handy:
///
/// ```swift
/// let id: Client.ID = "client-00000001"
/// ```
///
/// Identifiers are not personal data; they may appear in audit entries, logs and errors.
public struct Identifier<Entity>: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    /// The identifier's text.
    public let rawValue: String

    /// Creates an identifier from its text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an identifier from its text.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an identifier from a string literal, for tests and fixtures.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Decodes an identifier from a single string; an empty string is rejected.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard !text.isEmpty else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "An identifier must not be empty."
            )
        }
        self.rawValue = text
    }

    /// Encodes the identifier as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The identifier's text.
    public var description: String { rawValue }

    /// Orders identifiers by their text; generated identifiers sort in creation order.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
