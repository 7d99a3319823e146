import Buurtkracht

/// What the writer did with one validated row.
enum RowOutcome: Sendable, Hashable {
    case created
    case updated
    case unchanged
    case rejected([ImportDiagnostic])
}

/// Counts of one kind of record.
public struct RecordCounts: Sendable, Hashable, Codable {
    /// Records created.
    public var created = 0
    /// Records updated.
    public var updated = 0
    /// Records that already had the row's values.
    public var unchanged = 0

    /// Creates counts.
    public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
    }

    static func += (lhs: inout RecordCounts, rhs: RecordCounts) {
        lhs.created += rhs.created
        lhs.updated += rhs.updated
        lhs.unchanged += rhs.unchanged
    }
}

/// The writer's result for one batch: an outcome per row (in order), warnings per row, and
/// counts per kind of record.
struct BatchOutcome: Sendable {
    var outcomes: [RowOutcome] = []
    var warnings: [ImportDiagnostic] = []
    var records: [String: RecordCounts] = [:]
}

/// Thrown out of a batch's unit of work when its fast path failed on a row: the unit rolls back
/// and the batch is written again row by row, each row on its own.
struct RetryRowByRow: Error {}
