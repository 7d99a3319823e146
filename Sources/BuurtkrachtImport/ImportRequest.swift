/// How an import treats records that exist already.
public enum ImportStrategy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Create new records; an existing record with other values is rejected (`recordExists`).
    case create
    /// Change existing records; a row without one is rejected (`recordNotFound`).
    case update
    /// Create what is new and change what exists (the default).
    case upsert
}

/// What fails together.
public enum ImportAtomicity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Each row on its own: a bad row is rejected and the others are imported (the default).
    case row
    /// All or nothing: if any row is rejected, nothing is written.
    case all
}

/// The kind of legacy file.
public enum SourceFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Delimited text (`;`, `,` or tab), UTF-8 or Windows-1252.
    case csv
    /// One JSON object per line.
    case jsonLines

    /// The format a file name suggests: `.jsonl`/`.ndjson` is JSON lines, anything else CSV.
    public static func guess(for path: String) -> SourceFormat {
        let lower = path.lowercased()
        return lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") ? .jsonLines : .csv
    }
}

/// One import to run: the file, the mapping and the options of `buurtkracht import`.
///
/// ```swift
/// var request = ImportRequest(file: "clienten.csv", mapping: try ImportMapping.load(from: "mapping.json"))
/// request.dryRun = true
/// request.rejectsPath = "afgekeurd.csv"
/// let report = try await Importer(services: services).run(request, context: context)
/// ```
public struct ImportRequest: Sendable, Hashable {
    /// The legacy file.
    public var file: String
    /// How its columns become records.
    public var mapping: ImportMapping
    /// Create, update or both.
    public var strategy: ImportStrategy = .upsert
    /// Row by row, or all or nothing.
    public var atomicity: ImportAtomicity = .row
    /// Run everything and report, then roll back.
    public var dryRun = false
    /// Where to write rejected rows (with their row numbers and reasons); nil: nowhere.
    public var rejectsPath: String?
    /// Rows per transaction (and per checkpoint) when importing row by row.
    public var batchSize = 5_000
    /// The file's format; nil: guessed from its name.
    public var format: SourceFormat?
    /// Reading overrides for CSV (delimiter, encoding); detected by default.
    public var csvOptions = CSVReaderOptions()

    /// Creates a request with the default options.
    public init(file: String, mapping: ImportMapping) {
        self.file = file
        self.mapping = mapping
    }
}

/// How far an import is, for a progress bar.
public struct ImportProgress: Sendable, Hashable {
    /// Rows read so far (including rows an interrupted attempt had done).
    public var rowsRead: Int
    /// Bytes of the file read so far.
    public var bytesRead: Int64
    /// The file's size, when known.
    public var totalBytes: Int64?
    /// Time since this attempt started.
    public var elapsed: Duration
    /// Rows this attempt has read (for a rate).
    public var rowsThisAttempt: Int
    /// Whether the import is done.
    public var isFinished: Bool
}
