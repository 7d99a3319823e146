import Buurtkracht
import Foundation

/// Encodes and decodes the JSON columns that hold an aggregate's nested children.
///
/// Plans, self-help groups and possible duplicates keep their children (goals, actions,
/// members, meetings, decisions) in one JSON column beside indexed scalar columns: the
/// children are always read and written with their aggregate, never queried on their own,
/// and those aggregates are read by the dozen, not by the million. Dates inside use Foundation's
/// default representation (seconds since the reference date as a JSON number), which
/// round-trips exactly. Signals, the hot aggregate, use no JSON at all.
enum JSONColumn {
    /// The JSON text of `value`, as UTF-8 bytes.
    ///
    /// - Throws: ``BuurtkrachtError/Code/invalidValue`` for a value JSON cannot hold (a moment
    ///   that is not a number).
    static func encode<Value: Encodable>(_ value: Value, kind: RecordKind, column: String) throws(BuurtkrachtError) -> Data {
        do {
            return try JSONEncoder().encode(value)
        } catch {
            throw .invalidValue(column, in: kind, rule: "it holds a value that cannot be stored, such as a moment that is not a number.")
        }
    }

    /// The value decoded from UTF-8 JSON bytes.
    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        try JSONDecoder().decode(type, from: data)
    }
}
