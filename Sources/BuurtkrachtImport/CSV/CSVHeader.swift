/// The header row of a CSV file: column names mapped to field indices.
///
/// Names are trimmed of surrounding whitespace and byte order marks (U+FEFF) only; their
/// case is preserved. Lookups are exact, or case-insensitive with
/// ``index(ofCaseInsensitive:)``. When a name occurs more than once the first column wins and
/// the name is listed in ``duplicateNames``.
///
/// ```swift
/// guard let header = reader.header, let bsnColumn = header.index(of: "BSN") else { … }
/// let bsn = record[bsnColumn]
/// ```
public struct CSVHeader: Sendable, Hashable {
    /// The column names in file order, trimmed.
    public let names: [String]
    /// The header row as read, with its raw bytes (to repeat it unchanged in a rejects file).
    public let record: CSVRecord
    /// Names that occur more than once, in order of first repetition.
    public let duplicateNames: [String]
    private let indexByName: [String: Int]
    private let indexByLowercasedName: [String: Int]

    /// Creates a header from the record holding the column names.
    public init(record: CSVRecord) {
        self.record = record
        let names = record.map(Self.trim)
        self.names = names
        var indexByName: [String: Int] = [:]
        var indexByLowercasedName: [String: Int] = [:]
        var duplicates: [String] = []
        for (index, name) in names.enumerated() {
            if indexByName[name] == nil {
                indexByName[name] = index
            } else if !duplicates.contains(name) {
                duplicates.append(name)
            }
            let lowercased = name.lowercased()
            if indexByLowercasedName[lowercased] == nil {
                indexByLowercasedName[lowercased] = index
            }
        }
        self.indexByName = indexByName
        self.indexByLowercasedName = indexByLowercasedName
        self.duplicateNames = duplicates
    }

    /// The number of columns.
    public var count: Int { names.count }

    /// The index of the first column named exactly `name` (after trimming both), or `nil`.
    public func index(of name: String) -> Int? {
        indexByName[name] ?? indexByName[Self.trim(name)]
    }

    /// The index of the first column whose name equals `name` ignoring case, or `nil`.
    public func index(ofCaseInsensitive name: String) -> Int? {
        indexByLowercasedName[Self.trim(name).lowercased()]
    }

    /// Same as ``index(of:)``.
    public subscript(name: String) -> Int? {
        index(of: name)
    }

    private static func trim(_ name: String) -> String {
        let scalars = name.unicodeScalars
        let isTrimmed: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
