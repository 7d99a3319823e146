/// The type a mapping declares for a legacy column: how its text is read and checked. The
/// importer never guesses a type from the values.
public enum FieldType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Free text, taken as it is (trimmed).
    case text
    /// A calendar date in the field's declared ``FieldMapping/formats``; empty or an unknown
    /// marker (`onbekend`) imports as unknown.
    case date
    /// A BSN: nine digits (eight are padded with a leading zero) passing the eleven test.
    case bsn
    /// A Dutch postcode, `1234 AB` or `1234AB`.
    case postcode
    /// A CBS neighbourhood code, `BU` and eight digits — text, never a number.
    case neighbourhoodCode
    /// One value of a fixed list, translated by the field's value map (`"Politie"` → `police`).
    case code
    /// Several values of a fixed list in one cell, split on the field's separator.
    case list
    /// Yes or no: `ja`/`nee`, `j`/`n`, `true`/`false`, `1`/`0`, or through the value map.
    case boolean
    /// The legacy id of a client in the same source system, imported before or earlier in the file.
    case reference
}
