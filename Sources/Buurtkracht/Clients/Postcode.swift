/// A Dutch postcode: four digits (the first not zero) and two capital letters.
///
/// Accepts `1234 AB`, `1234AB` and `1234ab`; stores `1234AB`; shows `1234 AB`.
///
/// ```swift
/// let postcode = try Postcode("2262 ab")
/// postcode.rawValue   // "2262AB"
/// "\(postcode)"       // "2262 AB"
/// ```
public struct Postcode: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The compact form, `1234AB`.
    public let rawValue: String

    /// Validates and normalises a postcode.
    ///
    /// Only ASCII letters count as letters: `2262ß` is not read as `2262 SS`.
    ///
    /// - Throws: ``BuurtkrachtError/Code/invalidPostcode``.
    public init(_ text: String) throws(BuurtkrachtError) {
        let compact = text.filter { $0 != " " }.uppercased()
        let bytes = Array(compact.utf8)
        guard text.allSatisfy(\.isASCII), bytes.count == 6,
            bytes[0] >= UInt8(ascii: "1"), bytes[0] <= UInt8(ascii: "9"),
            bytes[1...3].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            bytes[4...5].allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
        else {
            throw BuurtkrachtError(
                code: .invalidPostcode,
                message: "A postcode must be four digits (not starting with 0) and two letters, like 1234 AB."
            )
        }
        self.rawValue = compact
    }

    /// `1234 AB`.
    public var description: String {
        "\(rawValue.prefix(4)) \(rawValue.suffix(2))"
    }

    /// Orders postcodes by their text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes either form and validates it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes the compact form `1234AB`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
