/// A code of the national statistics office (CBS) for an area: a fixed prefix and a fixed
/// number of digits. Codes are text, never numbers: their leading zeros matter.
///
/// Conformers: ``NeighbourhoodCode`` (`BU03630000`), ``DistrictCode`` (`WK036300`) and
/// ``MunicipalityCode`` (`GM0363`).
public protocol AreaCode: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The two-letter prefix: `BU`, `WK` or `GM`.
    static var prefix: String { get }
    /// The number of digits after the prefix.
    static var digitCount: Int { get }
    /// What the code names, for messages: `"neighbourhood"`.
    static var areaName: String { get }
    /// The code's text, prefix included.
    var rawValue: String { get }
    /// Creates a code from text that is known to be valid.
    init(uncheckedRawValue rawValue: String)
}

extension AreaCode {
    /// Validates text such as `BU03630000` (the prefix is case-insensitive) and creates the code.
    ///
    /// - Throws: ``BuurtkrachtError/Code/invalidAreaCode`` naming the expected form.
    public init(_ text: String) throws(BuurtkrachtError) {
        guard let upper = Self.upperCasedIfValid(text) else {
            let example = Self.prefix + String(repeating: "0", count: Self.digitCount)
            throw BuurtkrachtError(
                code: .invalidAreaCode,
                message: "A CBS \(Self.areaName) code is '\(Self.prefix)' followed by \(Self.digitCount) digits, "
                    + "like \(example); write it as text so that leading zeros are kept.",
                context: ["area": Self.areaName]
            )
        }
        self.init(uncheckedRawValue: upper)
    }

    /// `text` with its prefix upper-cased, or nil unless it is the prefix (in any case) and
    /// ``digitCount`` ASCII digits.
    ///
    /// Works on the UTF-8 bytes, without building `Character`s: every decoded address and
    /// signal passes through here. A prefix byte matches its letter or that letter's lower
    /// case (`| 0x20`; prefixes are A–Z only). Text that is already upper case is returned as
    /// it is.
    private static func upperCasedIfValid(_ text: String) -> String? {
        let prefix = Self.prefix.utf8
        let utf8 = text.utf8
        guard utf8.count == prefix.count + Self.digitCount else { return nil }
        var isUpperCase = true
        for (byte, expected) in zip(utf8, prefix) {
            guard byte == expected || byte == expected | 0x20 else { return nil }
            if byte != expected { isUpperCase = false }
        }
        guard utf8.dropFirst(prefix.count).allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        return isUpperCase ? text : Self.prefix + text.dropFirst(Self.prefix.count)
    }

    /// The code's text.
    public var description: String { rawValue }

    /// Orders codes by their text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes and validates the code's text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes the code's text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The digits after the prefix.
    var digits: Substring { rawValue.dropFirst(Self.prefix.count) }
}
