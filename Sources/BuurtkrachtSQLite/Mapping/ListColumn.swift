import Buurtkracht

/// A set of enum cases in one text column, as their raw values in sorted order joined by
/// commas (`"finances,housing"`); the empty set is the empty text.
///
/// Used for cases whose raw values are identifiers without commas; free text goes to JSON.
enum ListColumn {
    /// The column text for `values`.
    static func text<Value: RawRepresentable<String>>(_ values: Set<Value>) -> String {
        values.map(\.rawValue).sorted().joined(separator: ",")
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
