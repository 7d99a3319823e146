/// How one field of an imported record is filled from the legacy file: the column, its declared
/// type and format, a value map, and a default.
///
/// ```json
/// "birthDate": { "column": "Geboortedatum", "type": "date", "formats": ["dd-MM-yyyy", "d-M-yy"] },
/// "referralSource": { "column": "Aanmelder", "type": "code",
///                     "values": { "Politie": "police", "Huisarts": "generalPractitioner", "*": "other" } }
/// ```
public struct FieldMapping: Sendable, Hashable, Codable {
    /// The legacy column (a CSV header name, or a JSON key, dotted for nested keys); nil when the
    /// field always takes its ``defaultValue``.
    public var column: String?
    /// How the column's text is read.
    public var type: FieldType
    /// For dates: the accepted formats, tried in order (`dd-MM-yyyy`, `d-M-yy`, `yyyy-MM-dd`, …).
    public var formats: [String]?
    /// For codes, lists and yes/no: legacy value → Buurtkracht value. Keys match ignoring case and
    /// surrounding spaces; the key `*` catches every other non-empty value.
    public var values: [String: String]?
    /// The value (in Buurtkracht's terms, after any value map) used when the cell is empty.
    public var defaultValue: String?
    /// For lists: the separator between values (default `,`).
    public var separator: String?

    /// Creates a field mapping.
    public init(
        column: String?, type: FieldType, formats: [String]? = nil, values: [String: String]? = nil,
        defaultValue: String? = nil, separator: String? = nil
    ) {
        self.column = column
        self.type = type
        self.formats = formats
        self.values = values
        self.defaultValue = defaultValue
        self.separator = separator
    }

    private enum CodingKeys: String, CodingKey {
        case column, type, format, formats, values
        case defaultValue = "default"
        case separator
    }

    /// Decodes a field mapping; `format` (one) and `formats` (several) are both accepted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        column = try container.decodeIfPresent(String.self, forKey: .column)
        type = try container.decode(FieldType.self, forKey: .type)
        var formats = try container.decodeIfPresent([String].self, forKey: .formats)
        if let single = try container.decodeIfPresent(String.self, forKey: .format) {
            formats = [single] + (formats ?? [])
        }
        self.formats = formats
        values = try container.decodeIfPresent([String: String].self, forKey: .values)
        defaultValue = try container.decodeIfPresent(String.self, forKey: .defaultValue)
        separator = try container.decodeIfPresent(String.self, forKey: .separator)
    }

    /// Encodes the mapping with its value map in sorted order, so the output is stable.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(column, forKey: .column)
        try container.encode(type, forKey: .type)
        if let formats {
            if formats.count == 1 {
                try container.encode(formats[0], forKey: .format)
            } else {
                try container.encode(formats, forKey: .formats)
            }
        }
        if let values {
            var nested = container.nestedContainer(keyedBy: AnyKey.self, forKey: .values)
            for key in values.keys.sorted() { try nested.encode(values[key], forKey: AnyKey(key)) }
        }
        try container.encodeIfPresent(defaultValue, forKey: .defaultValue)
        try container.encodeIfPresent(separator, forKey: .separator)
    }
}

/// A coding key made from any string, for maps encoded in a chosen order.
struct AnyKey: CodingKey {
    let stringValue: String
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}
