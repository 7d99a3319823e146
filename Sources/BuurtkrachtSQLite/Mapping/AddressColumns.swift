import Buurtkracht

/// An optional ``Buurtkracht/Address`` in five columns: street, house number, postcode, city
/// and neighbourhood. The address is absent when the street is NULL.
enum AddressColumns {
    /// The column names, each after `prefix` (`subject_street`, …); without a prefix the
    /// neighbourhood column is `address_neighbourhood`, as a table may have its own.
    static func names(prefix: String = "") -> [String] {
        let neighbourhood = prefix.isEmpty ? "address_neighbourhood" : "neighbourhood"
        return ["street", "house_number", "postcode", "city", neighbourhood].map { prefix + $0 }
    }

    /// Binds the address's five columns.
    static func bind(_ address: Address?, to binder: inout ParameterBinder) {
        binder.bind(address?.street)
        binder.bind(address?.houseNumber)
        binder.bind(address?.postcode?.rawValue)
        binder.bind(address?.city)
        binder.bind(address?.neighbourhood)
    }

    /// Reads the five columns.
    static func read(_ reader: inout ColumnReader) throws(BuurtkrachtError) -> Address? {
        guard let street = try reader.optionalText() else {
            for _ in 0..<4 { reader.skip() }
            return nil
        }
        return Address(
            street: street,
            houseNumber: try reader.text(),
            postcode: try reader.optionalValidated { try Postcode($0) },
            city: try reader.text(),
            neighbourhood: try reader.optionalValidated { try NeighbourhoodCode($0) }
        )
    }
}
