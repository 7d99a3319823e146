/// A Dutch address, with the CBS neighbourhood it lies in.
///
/// ```swift
/// let address = Address(
///     street: "Kerkstraat", houseNumber: "12-A",
///     postcode: try Postcode("2262 AB"), city: "Leidschendam",
///     neighbourhood: try NeighbourhoodCode("BU19160101")
/// )
/// ```
///
/// An address is personal data: it never appears in errors or logs.
public struct Address: Hashable, Sendable, Codable {
    /// The street name.
    public var street: String
    /// The house number with any addition, as text: `"12"`, `"12-A"`, `"3 bis"`.
    public var houseNumber: String
    /// The postcode, when known.
    public var postcode: Postcode?
    /// The place (*woonplaats*).
    public var city: String
    /// The CBS neighbourhood the address lies in, when known.
    public var neighbourhood: NeighbourhoodCode?

    /// Creates an address.
    public init(
        street: String,
        houseNumber: String,
        postcode: Postcode? = nil,
        city: String,
        neighbourhood: NeighbourhoodCode? = nil
    ) {
        self.street = street
        self.houseNumber = houseNumber
        self.postcode = postcode
        self.city = city
        self.neighbourhood = neighbourhood
    }

    /// The key under which signals about the same dwelling are fused: postcode and house
    /// number when the postcode is known, else street, number and place, normalised.
    public var key: AddressKey {
        let number = Self.fold(houseNumber)
        if let postcode {
            return AddressKey(rawValue: "\(postcode.rawValue)|\(number)")
        }
        return AddressKey(rawValue: "\(Self.fold(street))|\(number)|\(Self.fold(city))")
    }

    private static func fold(_ text: String) -> String { TextFolding.fold(text) }
}
