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
        guard let compact = Postcode.compactForm(of: text) else {
            throw BuurtkrachtError(
                code: .invalidPostcode,
                message: "A postcode must be four digits (not starting with 0) and two letters, like 1234 AB."
            )
        }
        self.rawValue = compact
    }

    /// `1234AB` from any accepted form of `text`, or nil.
    ///
    /// Works on the UTF-8 bytes, without building `Character`s: every importer row and every
    /// decoded address passes through here. Any byte outside ASCII rejects the text, so a
    /// letter that upper-cases into A–Z (`ı`, `ß`) is not let in.
    private static func compactForm(of text: String) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6) { compact -> String? in
            var count = 0
            for byte in text.utf8 where byte != UInt8(ascii: " ") {
                guard count < 6, byte < 0x80 else { return nil }
                let isLowercase = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
                compact[count] = isLowercase ? byte - 0x20 : byte
                count += 1
            }
            guard count == 6,
                compact[0] >= UInt8(ascii: "1"), compact[0] <= UInt8(ascii: "9"),
                compact[1...3].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                compact[4...5].allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
            else { return nil }
            return String(decoding: compact, as: UTF8.self)
        }
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
