import Buurtkracht

/// A field mapping bound to a source: the column's index, and the value map folded for fast,
/// case-insensitive look-ups.
struct BoundField: Sendable {
    let name: String
    let column: String?
    let index: Int?
    let type: FieldType
    let formats: [DateFormat]
    /// Folded legacy value → Buurtkracht value.
    let values: [String: String]
    /// The same entries under the keys as the mapping spells them, each with its folded key's
    /// value: most cells are spelled as in the mapping and are found without folding, which
    /// (lower-casing, splitting on Unicode white space) cost a tenth of a row's validation.
    let exactValues: [String: String]
    let catchAll: String?
    let defaultValue: String?
    let separator: String
    /// The Buurtkracht values allowed as-is (for codes without a map entry).
    let allowed: Set<String>?

    init(name: String, mapping: FieldMapping, index: Int?, allowed: [String]?) {
        self.name = name
        column = mapping.column
        self.index = index
        type = mapping.type
        formats = (mapping.formats ?? ["yyyy-MM-dd"]).compactMap(DateFormat.init)
        var values: [String: String] = [:]
        var catchAll: String?
        for (key, value) in mapping.values ?? [:] {
            if key == "*" { catchAll = value } else { values[Self.fold(key)] = value }
        }
        self.values = values
        var exactValues: [String: String] = [:]
        for key in (mapping.values ?? [:]).keys where key != "*" { exactValues[key] = values[Self.fold(key)] }
        self.exactValues = exactValues
        self.catchAll = catchAll
        defaultValue = mapping.defaultValue
        separator = mapping.separator ?? ","
        self.allowed = allowed.map(Set.init)
    }

    /// Trimmed and lower-cased, for value-map keys.
    static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The Buurtkracht value for a code cell: the map entry, the cell itself when it is an allowed
    /// value, or the catch-all; nil when unmapped.
    func code(for cell: String) -> String? {
        if let mapped = exactValues[cell] { return mapped }
        let folded = Self.fold(cell)
        if let mapped = values[folded] { return mapped }
        if let allowed {
            if let exact = allowed.first(where: { $0.lowercased() == folded }) { return exact }
        } else if values.isEmpty && catchAll == nil {
            return cell
        }
        return catchAll
    }
}
