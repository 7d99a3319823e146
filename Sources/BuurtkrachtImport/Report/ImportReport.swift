public import Buurtkracht

/// What an import did, for the summary on stderr and the `--report` JSON: an overall status,
/// rows read, created, updated, unchanged and rejected, counts per kind of record, and per
/// diagnostic code the count, the columns concerned and the first row numbers — in the spirit of
/// DHIS2's import summaries.
///
/// A dry run's report equals the report the same import would give for real, but for
/// ``dryRun``.
public struct ImportReport: Sendable, Hashable, Codable {
    /// How the import ended.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Every row was imported (or was unchanged).
        case completed
        /// Imported, but some rows were rejected: see the rejects file.
        case completedWithRejections
        /// Nothing (more) was written: `--atomic all` with a rejected row, or a fatal error.
        case failed
    }

    /// One diagnostic code's tally.
    public struct CodeSummary: Sendable, Hashable, Codable {
        /// The code.
        public var code: ImportDiagnostic.Code
        /// How many times it occurred.
        public var count: Int
        /// How many times per legacy column.
        public var columns: [String: Int]
        /// The first row numbers where it occurred.
        public var firstRows: [Int]
        /// The first message with this code: what is wrong and what to do.
        public var message: String

        /// Creates a tally.
        public init(code: ImportDiagnostic.Code, count: Int, columns: [String: Int], firstRows: [Int], message: String) {
            self.code = code
            self.count = count
            self.columns = columns
            self.firstRows = firstRows
            self.message = message
        }

        private enum CodingKeys: String, CodingKey { case code, count, columns, firstRows, message }

        /// Encodes with the columns in sorted order.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(count, forKey: .count)
            var nested = container.nestedContainer(keyedBy: AnyKey.self, forKey: .columns)
            for key in columns.keys.sorted() { try nested.encode(columns[key], forKey: AnyKey(key)) }
            try container.encode(firstRows, forKey: .firstRows)
            try container.encode(message, forKey: .message)
        }
    }

    /// How the import ended.
    public var status: Status
    /// Whether this was a dry run (everything rolled back).
    public var dryRun: Bool
    /// The run, when one was recorded.
    public var run: ImportRun.ID?
    /// The file's name.
    public var file: String
    /// The legacy system.
    public var sourceSystem: String
    /// The strategy used.
    public var strategy: ImportStrategy
    /// The atomicity used.
    public var atomicity: ImportAtomicity
    /// The file's encoding as detected.
    public var encoding: String?
    /// Rows: read, created, updated, unchanged, rejected (the first four add up to rows read).
    public var rows: ImportRun.Counts
    /// Per kind of record (`client`, `household`, `signal`, `plan`, `group`): created, updated, unchanged.
    public var records: [String: RecordCounts]
    /// Errors (rejected rows) per code.
    public var errors: [CodeSummary]
    /// Warnings (imported rows worth a look, such as possible duplicates) per code.
    public var warnings: [CodeSummary]
    /// The last row an earlier, interrupted attempt had committed, when this attempt resumed it.
    public var resumedAfterRow: Int?
    /// Where the rejected rows were written.
    public var rejectsFile: String?
    /// Why the import failed, when it did.
    public var message: String?

    /// A few lines for people: the status, the counts, each code with its first rows.
    public var summary: String {
        var lines: [String] = []
        let mode = dryRun ? " (dry run: nothing was written)" : ""
        lines.append("Import \(status.rawValue)\(mode): \(file), source system \(sourceSystem)\(run.map { ", run \($0)" } ?? "")")
        if let resumedAfterRow { lines.append("  resumed after row \(resumedAfterRow)") }
        lines.append(
            "  rows read \(rows.read), created \(rows.created), updated \(rows.updated), unchanged \(rows.unchanged), rejected \(rows.rejected)")
        for kind in records.keys.sorted() {
            guard let counts = records[kind] else { continue }
            lines.append("  \(kind): created \(counts.created), updated \(counts.updated), unchanged \(counts.unchanged)")
        }
        for (title, list) in [("errors", errors), ("warnings", warnings)] where !list.isEmpty {
            lines.append("  \(title):")
            for item in list {
                let columns = item.columns.keys.sorted().map { "\($0): \(item.columns[$0] ?? 0)" }.joined(separator: ", ")
                let rows = item.firstRows.map(String.init).joined(separator: ", ")
                lines.append("    \(item.code.rawValue) × \(item.count)\(columns.isEmpty ? "" : " (\(columns))") — rows \(rows)\(item.count > item.firstRows.count ? ", …" : "")")
                lines.append("      \(item.message)")
            }
        }
        if let rejectsFile, rows.rejected > 0 { lines.append("  rejected rows written to \(rejectsFile)") }
        if let message { lines.append("  \(message)") }
        return lines.joined(separator: "\n")
    }

    private enum CodingKeys: String, CodingKey {
        case status, dryRun, run, file, sourceSystem, strategy, atomicity, encoding, rows, records, errors, warnings
        case resumedAfterRow, rejectsFile, message
    }

    /// Decodes a report.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(Status.self, forKey: .status)
        dryRun = try container.decode(Bool.self, forKey: .dryRun)
        run = try container.decodeIfPresent(ImportRun.ID.self, forKey: .run)
        file = try container.decode(String.self, forKey: .file)
        sourceSystem = try container.decode(String.self, forKey: .sourceSystem)
        strategy = try container.decode(ImportStrategy.self, forKey: .strategy)
        atomicity = try container.decode(ImportAtomicity.self, forKey: .atomicity)
        encoding = try container.decodeIfPresent(String.self, forKey: .encoding)
        rows = try container.decode(ImportRun.Counts.self, forKey: .rows)
        records = try container.decode([String: RecordCounts].self, forKey: .records)
        errors = try container.decode([CodeSummary].self, forKey: .errors)
        warnings = try container.decode([CodeSummary].self, forKey: .warnings)
        resumedAfterRow = try container.decodeIfPresent(Int.self, forKey: .resumedAfterRow)
        rejectsFile = try container.decodeIfPresent(String.self, forKey: .rejectsFile)
        message = try container.decodeIfPresent(String.self, forKey: .message)
    }

    /// Encodes the report with its maps in sorted order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(dryRun, forKey: .dryRun)
        try container.encodeIfPresent(run, forKey: .run)
        try container.encode(file, forKey: .file)
        try container.encode(sourceSystem, forKey: .sourceSystem)
        try container.encode(strategy, forKey: .strategy)
        try container.encode(atomicity, forKey: .atomicity)
        try container.encodeIfPresent(encoding, forKey: .encoding)
        try container.encode(rows, forKey: .rows)
        var nested = container.nestedContainer(keyedBy: AnyKey.self, forKey: .records)
        for key in records.keys.sorted() { try nested.encode(records[key], forKey: AnyKey(key)) }
        try container.encode(errors, forKey: .errors)
        try container.encode(warnings, forKey: .warnings)
        try container.encodeIfPresent(resumedAfterRow, forKey: .resumedAfterRow)
        try container.encodeIfPresent(rejectsFile, forKey: .rejectsFile)
        try container.encodeIfPresent(message, forKey: .message)
    }

    init(
        status: Status, dryRun: Bool, run: ImportRun.ID?, request: ImportRequest, encoding: String?,
        collector: DiagnosticCollector, resumedAfterRow: Int?, message: String?
    ) {
        self.status = status
        self.dryRun = dryRun
        self.run = run
        self.file = CSVRecordSource.name(of: request.file)
        self.sourceSystem = request.mapping.sourceSystem
        self.strategy = request.strategy
        self.atomicity = request.atomicity
        self.encoding = encoding
        self.rows = collector.counts
        self.records = collector.records
        self.errors = collector.summaries(collector.errors)
        self.warnings = collector.summaries(collector.warnings)
        self.resumedAfterRow = resumedAfterRow
        self.rejectsFile = request.rejectsPath
        self.message = message
    }

    /// The report as indented JSON.
    public func prettyJSON() throws -> String {
        PrettyJSON.indent(try JSONCEncoderBridge.encode(self))
    }
}
