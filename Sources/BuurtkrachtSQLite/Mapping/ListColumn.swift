import Buurtkracht

/// A set of enum cases in one text column, as their raw values in sorted order joined by
/// commas (`"finances,housing"`); the empty set is the empty text.
///
/// Used for cases whose raw values are identifiers without commas; free text goes to JSON.
enum ListColumn {
    /// The column text for `values`.
    ///
    /// A closure rather than the key path `\.rawValue`: on a generic value the key path is
    /// instantiated at run time on every call, which cost a bulk import 3 % of its time.
    static func text<Value: RawRepresentable<String>>(_ values: Set<Value>) -> String {
        values.map { $0.rawValue }.sorted().joined(separator: ",")
    }

    /// Reads the column back; an unknown case is a damaged row.
    static func read<Value: RawRepresentable<String>>(_ reader: inout ColumnReader) throws(BuurtkrachtError) -> Set<Value> {
        let text = try reader.text()
        guard !text.isEmpty else { return [] }
        var values = Set<Value>()
        for part in text.split(separator: ",") {
            guard let value = Value(rawValue: String(part)) else { throw reader.corrupt() }
            values.insert(value)
        }
        return values
    }
}
