public import Buurtkracht
import BuurtkrachtJSON
import Foundation

/// The batch importer: reads a legacy export, validates every row against a mapping, and writes
/// clients, households, signals, plans and group memberships through the core's store
/// protocols — into any ``Buurtkracht/Storage``.
///
/// The pipeline has typed stages: a ``RecordSource`` yields raw rows, the validator turns each
/// into typed values or a list of ``ImportDiagnostic``s, the writer applies batches of rows in
/// units of work, and a collector makes the ``ImportReport`` and the rejects file.
///
/// ```swift
/// let importer = Importer(services: services)
/// var request = ImportRequest(file: "clienten.csv", mapping: try ImportMapping.load(from: "mapping.json"))
/// request.rejectsPath = "afgekeurd.csv"
/// let report = try await importer.run(request, context: dataOfficer) { progress in
///     print(progress.rowsRead)
/// }
/// print(report.summary)
/// ```
///
/// - Rows are keyed by (source system, legacy id): a client through its external identifier,
///   other records through their provenance. Running the same file again changes nothing and
///   reports every row as unchanged.
/// - Each batch (``ImportRequest/batchSize`` rows) is one unit of work that also moves the run's
///   checkpoint; an import that was killed resumes after its last committed batch when it is run
///   again with the same file and mapping.
/// - A dry run (``ImportRequest/dryRun``) and `--atomic all` run everything in one unit of work;
///   a dry run rolls it back, so that its report is the report of the real run.
/// - Importing needs ``Buurtkracht/Permission/importRecords``; one audit entry (`import`) records
///   each attempt, and every record's provenance names the run, the file and the row.
public struct Importer: Sendable {
    /// The services whose storage, clock, ids and audit trail the importer uses.
    public let services: Services

    /// Creates an importer over `services`.
    public init(services: Services) {
        self.services = services
    }

    /// Imports the request's file and returns the report.
    ///
    /// - Parameters:
    ///   - request: The file, mapping and options.
    ///   - context: Who imports; needs ``Buurtkracht/Permission/importRecords``.
    ///   - progress: Called after every batch (and now and then while an interrupted run is
    ///     skipped); keep it quick.
    /// - Returns: The report; its status is ``ImportReport/Status/failed`` when `--atomic all`
    ///   found a bad row and nothing was written.
    /// - Throws: ``ImportError`` when the file or mapping cannot be used or the store fails,
    ///   ``Buurtkracht/BuurtkrachtError`` (`accessDenied`) without the permission.
    public func run(
        _ request: ImportRequest, context: AccessContext, progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) async throws -> ImportReport {
        try request.mapping.check()
        let fingerprint = try FileFingerprint.of(path: request.file)
        let mappingBytes = try JSONCEncoder().encode(request.mapping) + Array("|\(request.strategy.rawValue)".utf8)
        let prefix = "run-\(fingerprint.prefix(10))-\(FileFingerprint.of(bytes: mappingBytes).prefix(6))-"
        let year = CalendarDate(services.environment.clock.now, in: services.environment.timeZone).year
        // Checks the columns before anything is written.
        _ = try ImportEngine(request: request, currentYear: year, progress: nil)
        let start = RunStart(prefix: prefix, fingerprint: fingerprint, request: request)
        if request.dryRun || request.atomicity == .all {
            return try await runInOneUnit(request, start: start, year: year, context: context, progress: progress)
        }
        return try await runInBatches(request, start: start, year: year, context: context, progress: progress)
    }

    // MARK: Row by row, a batch per unit of work

    private func runInBatches(
        _ request: ImportRequest, start: RunStart, year: Int, context: AccessContext,
        progress: (@Sendable (ImportProgress) -> Void)?
    ) async throws -> ImportReport {
        let run = try await services.perform(context) { unit in try start.begin(in: unit) }
        let engine = try ImportEngine(request: request, currentYear: year, progress: progress)
        let resumedAfter = run.checkpoint?.row
        try engine.resume(run)
        defer { engine.rejects?.close() }
        let settings = start.settings(run: run.id, validator: engine.validator)
        // Each batch commits with its checkpoint, so a batch that a power cut takes back takes
        // its checkpoint with it, and the next run resumes before it: batches need not wait for
        // the disk. The run's completion below commits durably, and with it every batch.
        // The BSNs of a batch are sealed and tokenised while the batch before it is written.
        let preparing = services.storage as? any BSNPreparingStorage
        defer { preparing?.discardPreparedBSNs() }
        func prepare(_ batch: ImportBatch?) {
            guard let preparing, let batch else { return }
            preparing.prepareBSNs(batch.validated.compactMap { $0.client?.bsn })
        }
        try await bulkLoading {
            var checkpoint = resumedAfter
            var pending = try engine.nextBatch()
            prepare(pending)
            while let batch = pending {
                let collector = engine.collector
                let rejects = engine.rejects
                let expected = checkpoint
                @Sendable func attempt(rowByRow: Bool) async throws -> DiagnosticCollector {
                    try await services.perform(context) { unit in
                        try unit.require(.importRecords, for: RecordReference(kind: .importRun, id: run.id.rawValue))
                        let outcome = try BatchWriter(settings: settings, unit: unit, rowByRow: rowByRow).apply(batch.validated)
                        return try BatchCommit.commit(
                            batch, outcome: outcome, collector: collector, rejects: rejects, run: run.id,
                            expectedCheckpoint: expected, in: unit)
                    }
                }
                @Sendable func write() async throws -> DiagnosticCollector {
                    do {
                        return try await attempt(rowByRow: false)
                    } catch is RetryRowByRow {
                        return try await attempt(rowByRow: true)
                    }
                }
                // The store writes this batch while the next one is read and validated: the two
                // stages take turns on one core otherwise. Reading ahead has no effect outside this
                // process, so a failed write still stops the import at the last checkpoint.
                async let written = write()
                let next = Result { () throws(ImportError) in try engine.nextBatch() }
                prepare(try? next.get())
                engine.collector = try await written
                checkpoint = batch.lastRow
                engine.reportProgress(finished: false)
                pending = try next.get()
            }
        }
        let collector = engine.collector
        try await services.perform(context) { unit in
            guard var finished = try unit.transaction.imports.run(run.id) else { return }
            finished.status = .completed
            finished.finishedAt = unit.now
            finished.counts = collector.counts
            try unit.transaction.imports.update(finished)
        }
        engine.reportProgress(finished: true)
        return ImportReport(
            status: collector.rejected > 0 ? .completedWithRejections : .completed, dryRun: false, run: run.id,
            request: request, encoding: engine.source.encodingName, collector: collector, resumedAfterRow: resumedAfter,
            message: nil)
    }

    /// Runs `body` in the store's bulk-loading mode when it has one (see
    /// ``Buurtkracht/BulkLoadingStorage``).
    private func bulkLoading(_ body: () async throws -> Void) async throws {
        guard let bulk = services.storage as? any BulkLoadingStorage else { return try await body() }
        try await bulk.bulkLoading(body)
    }

    // MARK: Everything in one unit of work

    private struct RolledBack: Error {
        let report: ImportReport
    }

    private func runInOneUnit(
        _ request: ImportRequest, start: RunStart, year: Int, context: AccessContext,
        progress: (@Sendable (ImportProgress) -> Void)?
    ) async throws -> ImportReport {
        do {
            return try await services.perform(context) { unit in
                let run = try start.begin(in: unit)
                let engine = try ImportEngine(request: request, currentYear: year, progress: progress)
                try engine.resume(run)
                defer { engine.rejects?.close() }
                let settings = start.settings(run: run.id, validator: engine.validator)
                var checkpoint = run.checkpoint?.row
                while let batch = try engine.nextBatch() {
                    let outcome = try BatchWriter(settings: settings, unit: unit, rowByRow: true).apply(batch.validated)
                    engine.collector = try BatchCommit.commit(
                        batch, outcome: outcome, collector: engine.collector, rejects: engine.rejects, run: run.id,
                        expectedCheckpoint: checkpoint, in: unit)
                    checkpoint = batch.lastRow
                    engine.reportProgress(finished: false)
                }
                engine.reportProgress(finished: true)
                var collector = engine.collector
                let failed = request.atomicity == .all && collector.rejected > 0
                var message: String?
                if failed {
                    message = "Nothing was written: \(collector.rejected) row(s) were rejected and --atomic all imports all rows or none. Correct the rejected rows and run the import again."
                    collector.created = 0
                    collector.updated = 0
                    collector.unchanged = 0
                    collector.records = [:]
                } else if var finished = try unit.transaction.imports.run(run.id) {
                    finished.status = .completed
                    finished.finishedAt = unit.now
                    try unit.transaction.imports.update(finished)
                }
                let status: ImportReport.Status =
                    failed ? .failed : collector.rejected > 0 ? .completedWithRejections : .completed
                let report = ImportReport(
                    status: status, dryRun: request.dryRun, run: run.id, request: request,
                    encoding: engine.source.encodingName, collector: collector, resumedAfterRow: run.checkpoint?.row,
                    message: message)
                if request.dryRun || failed { throw RolledBack(report: report) }
                return report
            }
        } catch let rolledBack as RolledBack {
            return rolledBack.report
        }
    }
}

extension DiagnosticCollector {
    /// A collector that starts from a run's counts, when its checkpoint carries no state.
    init(counts: ImportRun.Counts) {
        self.init()
        read = counts.read
        created = counts.created
        updated = counts.updated
        unchanged = counts.unchanged
        rejected = counts.rejected
    }
}

/// How a run starts: its id prefix (file fingerprint and mapping), a new run or the running one
/// of an interrupted attempt, and the audit entry.
struct RunStart: Sendable {
    let prefix: String
    let fingerprint: String
    let request: ImportRequest

    func begin(in unit: UnitOfWork) throws -> ImportRun {
        try unit.require(.importRecords, for: RecordReference(kind: .importRun, id: prefix + "*"))
        let earlier = try unit.transaction.imports.runs().filter { $0.id.rawValue.hasPrefix(prefix) }
        if let running = earlier.last(where: { $0.status == .running }) {
            try unit.audit(.import, record: RecordReference(kind: .importRun, id: running.id.rawValue), subject: nil, basis: nil, detail: "resumed")
            return running
        }
        let number = String(earlier.count + 1)
        let id = ImportRun.ID(prefix + String(repeating: "0", count: max(0, 2 - number.count)) + number)
        let run = ImportRun(
            id: id, sourceSystem: request.mapping.sourceSystem, fileName: CSVRecordSource.name(of: request.file),
            fileFingerprint: fingerprint, startedBy: unit.context.professional, startedAt: unit.now)
        try unit.transaction.imports.insert(run)
        try unit.audit(.import, record: RecordReference(kind: .importRun, id: id.rawValue), subject: nil, basis: nil)
        return run
    }

    func settings(run: ImportRun.ID, validator: RowValidator) -> WriterSettings {
        var columns: [String: String] = [:]
        for (section, fields) in request.mapping.sections {
            for (name, field) in fields { if let column = field.column { columns["\(section).\(name)"] = column } }
        }
        return WriterSettings(
            run: run, sourceSystem: request.mapping.sourceSystem, fileName: CSVRecordSource.name(of: request.file),
            strategy: request.strategy, clientFields: validator.mappedClientFields, recordIDColumn: request.mapping.recordID,
            columns: columns)
    }
}
