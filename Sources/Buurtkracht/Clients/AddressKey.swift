/// A normalised key for one dwelling: signals with the same key are about the same address.
///
/// Made by ``Address/key``; the text is an implementation detail and may change between
/// versions, but is stable within one store.
public struct AddressKey: RawRepresentable, Hashable, Comparable, Sendable, Codable {
    /// The key's text.
    public let rawValue: String

    /// Creates a key from its text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Orders keys by their text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
