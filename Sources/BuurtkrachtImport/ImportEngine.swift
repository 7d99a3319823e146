import Buurtkracht
import Foundation

/// The reading and validating end of the pipeline for one attempt: the source, the validator,
/// the collector and the rejects file. Not `Sendable`: it lives in the task that runs the
/// import (or inside the one unit of work of a dry run).
final class ImportEngine {
    let request: ImportRequest
    let source: any RecordSource
    var validator: RowValidator
    var collector = DiagnosticCollector()
    var rejects: RejectsFile?
    private let progress: (@Sendable (ImportProgress) -> Void)?
    private let started = ContinuousClock.now
    private var lastProgress = ContinuousClock.now
    private var rowsThisAttempt = 0
    private var bytesRead: Int64 = 0
    private var lookahead: SourceRecord?
    private var skippedRows = 0

    init(request: ImportRequest, currentYear: Int, progress: (@Sendable (ImportProgress) -> Void)?) throws(ImportError) {
        self.request = request
        self.progress = progress
        switch request.format ?? SourceFormat.guess(for: request.file) {
        case .csv: source = try CSVRecordSource(path: request.file, options: request.csvOptions)
        case .jsonLines: source = try JSONLinesRecordSource(path: request.file)
        }
        validator = try RowValidator(mapping: request.mapping, source: source, currentYear: currentYear)
    }

    /// Opens the rejects file, continuing it after `resumeLength` when resuming.
    func openRejects(resumeLength: Int64?) throws(ImportError) {
        guard let path = request.rejectsPath else { return }
        let csv = source as? CSVRecordSource
        rejects = try RejectsFile(
            path: path, resumeLength: resumeLength, header: source.headerBytes, dialect: csv?.dialect ?? .dutchExport,
            encoding: csv?.encoding ?? .utf8, isJSONLines: csv == nil, redaction: validator.bsnRedaction(source: source, isJSONLines: csv == nil))
        if resumeLength == nil || rejects?.length != resumeLength {
            collector.rejectsLength = rejects?.length ?? 0
        }
    }

    /// Opens the rejects file and, for a run that an interrupted attempt began, takes over its
    /// report so far and skips the rows it committed.
    func resume(_ run: ImportRun) throws(ImportError) {
        guard let checkpoint = run.checkpoint else {
            try openRejects(resumeLength: nil)
            return
        }
        if let saved = DiagnosticCollector.decoded(checkpoint.state) {
            collector = saved
            try openRejects(resumeLength: saved.rejectsLength)
            try skip(through: checkpoint.row, rebuild: false)
        } else {
            collector = DiagnosticCollector(counts: run.counts)
            try openRejects(resumeLength: nil)
            try skip(through: checkpoint.row, rebuild: true)
        }
    }

    /// Skips the rows an interrupted attempt committed, remembering their legacy ids.
    ///
    /// With `rebuild` (a store that did not keep the checkpoint's state), the skipped rows are
    /// validated again, so that the report and the rejects file regain the rows that validation
    /// rejected; the run's counts stay those the store kept.
    func skip(through row: Int, rebuild: Bool) throws(ImportError) {
        while let record = try source.next() {
            if record.row > row {
                lookahead = record
                return
            }
            if rebuild {
                if case .failure(let rejection) = validator.validate(record) {
                    for diagnostic in rejection.diagnostics { collector.emit(diagnostic) }
                    if let rejects {
                        collector.rejectsLength = try rejects.append(rejects.line(row: record.row, diagnostics: rejection.diagnostics, record: record))
                    }
                }
            } else {
                validator.remember(record)
            }
            skippedRows += 1
            bytesRead = record.byteOffset + Int64(record.rawBytes.count)
            reportProgress(finished: false, throttled: true)
        }
    }

    /// The next batch of at most `request.batchSize` rows, validated; nil at the end of the file.
    func nextBatch() throws(ImportError) -> ImportBatch? {
        var batch = ImportBatch()
        batch.rows.reserveCapacity(request.batchSize)
        while batch.rows.count < max(1, request.batchSize) {
            let next: SourceRecord?
            if let lookahead {
                next = lookahead
                self.lookahead = nil
            } else {
                next = try source.next()
            }
            guard let record = next else { break }
            switch validator.validate(record) {
            case .success(let row):
                batch.validated.append(row)
                batch.rows.append(ImportBatch.Row(record: record, state: .validated))
            case .failure(let rejection):
                batch.rows.append(ImportBatch.Row(record: record, state: .rejected(rejection.diagnostics)))
            }
            batch.lastRow = record.row
            batch.endOffset = record.byteOffset + Int64(record.rawBytes.count)
            rowsThisAttempt += 1
        }
        bytesRead = max(bytesRead, batch.endOffset)
        return batch.rows.isEmpty ? nil : batch
    }

    func reportProgress(finished: Bool, throttled: Bool = false) {
        guard let progress else { return }
        let now = ContinuousClock.now
        if throttled && !finished && now - lastProgress < .milliseconds(200) { return }
        lastProgress = now
        progress(
            ImportProgress(
                rowsRead: max(collector.read, skippedRows + rowsThisAttempt), bytesRead: bytesRead, totalBytes: source.fileSize,
                elapsed: now - started, rowsThisAttempt: rowsThisAttempt, isFinished: finished))
    }
}
