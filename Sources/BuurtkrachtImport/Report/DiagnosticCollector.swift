import Buurtkracht
import BuurtkrachtJSON
import Foundation

/// Collects the outcome of every row: counts per outcome and per kind of record, and per
/// diagnostic code the count, the columns and the first few row numbers — never every
/// diagnostic, so that memory stays flat on a file with a million bad rows.
///
/// Its state is written with each checkpoint, so that a resumed run reports on the whole file.
struct DiagnosticCollector: Sendable, Codable, Hashable {
    /// Row numbers kept per code.
    static let firstRowsKept = 10

    struct Tally: Sendable, Codable, Hashable {
        var count = 0
        var columns: [String: Int] = [:]
        var firstRows: [Int] = []
        var message = ""
    }

    var read = 0
    var created = 0
    var updated = 0
    var unchanged = 0
    var rejected = 0
    var records: [String: RecordCounts] = [:]
    var errors: [String: Tally] = [:]
    var warnings: [String: Tally] = [:]
    /// The length of the rejects file after the rows counted here.
    var rejectsLength: Int64 = 0

    mutating func emit(_ diagnostic: ImportDiagnostic) {
        func add(_ tally: inout Tally) {
            tally.count += 1
            if let column = diagnostic.column { tally.columns[column, default: 0] += 1 }
            if tally.firstRows.count < Self.firstRowsKept, tally.firstRows.last != diagnostic.row { tally.firstRows.append(diagnostic.row) }
            if tally.message.isEmpty { tally.message = diagnostic.message }
        }
        switch diagnostic.severity {
        case .error: add(&errors[diagnostic.code.rawValue, default: Tally()])
        case .warning: add(&warnings[diagnostic.code.rawValue, default: Tally()])
        }
    }

    mutating func count(_ outcome: RowOutcome) {
        read += 1
        switch outcome {
        case .created: created += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        case .rejected(let diagnostics):
            rejected += 1
            for diagnostic in diagnostics { emit(diagnostic) }
        }
    }

    var counts: ImportRun.Counts {
        ImportRun.Counts(read: read, created: created, updated: updated, unchanged: unchanged, rejected: rejected)
    }

    func encoded() -> Data? {
        (try? JSONCEncoder().encode(self)).map { Data($0) }
    }

    static func decoded(_ data: Data?) -> DiagnosticCollector? {
        guard let data else { return nil }
        return try? JSONCDecoder().decode(DiagnosticCollector.self, from: data)
    }

    func summaries(_ tallies: [String: Tally]) -> [ImportReport.CodeSummary] {
        tallies.keys.sorted().compactMap { code in
            tallies[code].map {
                ImportReport.CodeSummary(
                    code: ImportDiagnostic.Code(rawValue: code), count: $0.count, columns: $0.columns, firstRows: $0.firstRows,
                    message: $0.message)
            }
        }
    }
}
