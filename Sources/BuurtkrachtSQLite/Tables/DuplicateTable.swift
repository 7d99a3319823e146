import Buurtkracht
import Foundation

/// Possible duplicate pairs in the `possible_duplicate` table; the decisions, a short list
/// always read with the pair, are a JSON array.
enum DuplicateTable: TableMapping {
    static let sql = TableSQL(
        table: "possible_duplicate",
        columns: [
            "id", "first_id", "second_id", "reason", "status", "detected_at", "survivor_id", "status_before_merge", "decisions",
        ]
    )
    static let kind = RecordKind.duplicate

    static func key(of pair: PossibleDuplicate) -> String { pair.id.rawValue }

    static func bind(_ pair: PossibleDuplicate, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) throws {
        binder.bind(pair.id)
        binder.bind(pair.first)
        binder.bind(pair.second)
        binder.bind(pair.reason)
        binder.bind(pair.status)
        binder.bind(pair.detectedAt)
        binder.bind(pair.survivor)
        binder.bind(pair.statusBeforeMerge)
        binder.bindJSON(try JSONColumn.encode(pair.decisions, kind: kind, column: "decisions"))
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> PossibleDuplicate {
        let id = PossibleDuplicate.ID(try reader.key())
        let first: Client.ID = try reader.id()
        let second: Client.ID = try reader.id()
        var pair = PossibleDuplicate(id: id, clients: first, second, reason: try reader.value(), detectedAt: .distantPast)
        // The initialiser orders the two clients; a stored pair keeps its own order.
        pair.first = first
        pair.second = second
        pair.status = try reader.value()
        pair.detectedAt = try reader.date()
        pair.survivor = try reader.optionalID()
        pair.statusBeforeMerge = try reader.optionalValue()
        pair.decisions = try reader.json()
        return pair
    }
}
