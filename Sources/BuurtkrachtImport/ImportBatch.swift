import Buurtkracht

/// The rows of one batch in file order: each validated (and handed to the writer) or already
/// rejected by validation, with its source record for the rejects file.
struct ImportBatch: Sendable {
    enum State: Sendable {
        case validated
        case rejected([ImportDiagnostic])
    }

    struct Row: Sendable {
        /// The row as read (its raw bytes, and where its fields are, so that the rejects file
        /// can blank its BSN).
        var record: SourceRecord
        var state: State
    }

    var rows: [Row] = []
    var validated: [ValidatedRow] = []
    /// The last row's number and the byte offset after it: the checkpoint after this batch.
    var lastRow = 0
    var endOffset: Int64 = 0
}

/// Merges a batch's outcomes into the collector and the rejects file, and moves the run's
/// checkpoint — inside the batch's unit of work, so that all of it commits with the rows.
enum BatchCommit {
    static func commit(
        _ batch: ImportBatch, outcome: BatchOutcome, collector: DiagnosticCollector, rejects: RejectsFile?,
        run runID: ImportRun.ID, expectedCheckpoint: Int?, in unit: UnitOfWork
    ) throws -> DiagnosticCollector {
        var collector = collector
        var lines: [UInt8] = []
        var index = 0
        for row in batch.rows {
            let rowOutcome: RowOutcome
            switch row.state {
            case .rejected(let diagnostics): rowOutcome = .rejected(diagnostics)
            case .validated:
                rowOutcome = outcome.outcomes[index]
                index += 1
            }
            collector.count(rowOutcome)
            if case .rejected(let diagnostics) = rowOutcome, let rejects {
                lines += rejects.line(row: row.record.row, diagnostics: diagnostics, record: row.record)
            }
        }
        for warning in outcome.warnings { collector.emit(warning) }
        for (kind, counts) in outcome.records { collector.records[kind, default: RecordCounts()] += counts }
        let startLength = rejects?.length ?? 0
        collector.rejectsLength = startLength + Int64(lines.count)
        guard var run = try unit.transaction.imports.run(runID) else {
            throw ImportError(code: .runNotFound, message: "The import run disappeared while importing. Run the import again.", context: ["run": runID.rawValue])
        }
        guard run.checkpoint?.row == expectedCheckpoint, run.status == .running else {
            throw ImportError(
                code: .concurrentImport,
                message: "Another process is importing or has undone the same run. Wait for it to finish, then run the import again.",
                context: ["run": runID.rawValue])
        }
        run.counts = collector.counts
        run.checkpoint = ImportRun.Checkpoint(row: batch.lastRow, byteOffset: batch.endOffset, state: collector.encoded())
        try unit.transaction.imports.update(run)
        if let rejects, !lines.isEmpty {
            do {
                try rejects.append(lines)
            } catch {
                rejects.truncate(to: startLength)
                throw error
            }
        }
        return collector
    }
}
