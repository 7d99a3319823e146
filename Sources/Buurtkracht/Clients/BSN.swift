/// A citizen service number (*burgerservicenummer*): nine digits that pass the eleven test.
///
/// A `BSN` value only exists if it is valid. Eight-digit numbers — a BSN whose leading zero a
/// spreadsheet dropped — are padded with a zero before the test.
///
/// The BSN is a protected identifier. `description`, `debugDescription` and reflection
/// (`dump`, string interpolation) never show the digits; read ``digits`` explicitly where the
/// law allows it. Errors never contain the number.
///
/// ```swift
/// let bsn = try BSN("111222333")
/// print(bsn)          // BSN(•••••••••)
/// bsn.digits          // "111222333"
/// ```
public struct BSN: Hashable, Sendable, Codable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The nine digits. Handle with care: never log them.
    public let digits: String

    /// Validates `text` (eight or nine digits) and creates a BSN.
    ///
    /// - Throws: ``BuurtkrachtError/Code/invalidBSN`` with a message that does not repeat the value.
    public init(_ text: String) throws(BuurtkrachtError) {
        guard let digits = Self.normalized(text) else {
            throw BuurtkrachtError(
                code: .invalidBSN,
                message: "A BSN must be 9 digits (or 8, when a leading zero was lost) and nothing else."
            )
        }
        guard Self.passesElevenTest(digits) else {
            throw BuurtkrachtError(
                code: .invalidBSN,
                message: "This BSN fails the eleven test; check it for a typing error."
            )
        }
        self.digits = digits
    }

    /// Whether `text` is a valid BSN (after padding an eight-digit number).
    public static func isValid(_ text: String) -> Bool {
        normalized(text).map(passesElevenTest) ?? false
    }

    /// 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11, and the number is not all zeros.
    static func passesElevenTest(_ digits: [UInt8]) -> Bool {
        var sum = 0
        var nonZero = false
        for (index, digit) in digits.enumerated() {
            let weight = index == 8 ? -1 : 9 - index
            sum += weight * Int(digit)
            nonZero = nonZero || digit != 0
        }
        return nonZero && sum % 11 == 0
    }

    private static func passesElevenTest(_ text: String) -> Bool {
        passesElevenTest(text.utf8.map { $0 - UInt8(ascii: "0") })
    }

    private static func normalized(_ text: String) -> String? {
        let utf8 = text.utf8
        guard utf8.count == 8 || utf8.count == 9,
            utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        return utf8.count == 8 ? "0" + text : text
    }

    /// `BSN(•••••••••)` — never the digits.
    public var description: String { "BSN(•••••••••)" }

    /// `BSN(•••••••••)` — never the digits.
    public var debugDescription: String { description }

    /// A mirror without the digits, so that `dump` cannot leak them.
    public var customMirror: Mirror { Mirror(self, children: ["digits": "•••••••••"]) }

    /// Decodes nine digits and validates them.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes the nine digits.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}
