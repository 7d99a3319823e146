/// Stores import runs and the provenance of every imported record. Used inside a unit of work
/// (see ``Storage``).
///
/// Provenance is unique per run and record. Looking it up by source system and legacy id lets
/// a second import of the same legacy record find the first one's record instead of creating
/// a duplicate.
public protocol ImportLedger {
    /// The run with `id`, or nil.
    func run(_ id: ImportRun.ID) throws -> ImportRun?
    /// Every run, oldest first.
    func runs() throws -> [ImportRun]
    /// Adds a run; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ run: ImportRun) throws
    /// Replaces a run (its status, checkpoint and counts); throws ``BuurtkrachtError/Code/notFound``.
    func update(_ run: ImportRun) throws

    /// Adds provenance records; throws ``BuurtkrachtError/Code/alreadyExists`` when the same run
    /// already has provenance for the same record.
    func record(_ provenance: [ImportProvenance]) throws
    /// The provenance records that match every filter set in `query`, ordered by run, then row.
    func provenance(matching query: ProvenanceQuery) throws -> [ImportProvenance]
    /// Removes the provenance of these records (on undo or erasure).
    func deleteProvenance(of records: [RecordReference]) throws
}

/// Which provenance records to fetch: every filter that is set must match.
public struct ProvenanceQuery: Hashable, Sendable {
    /// Records written by this run.
    public var run: ImportRun.ID?
    /// The provenance of this record.
    public var record: RecordReference?
    /// Records from this legacy system…
    public var sourceSystem: String?
    /// …with this legacy id.
    public var legacyID: String?
    /// Records of this kind.
    public var kind: RecordKind?
    /// Records with one of these legacy ids: the importer looks up a batch of rows at once.
    public var legacyIDs: Set<String>?
    /// Records written from rows in this range: undo pages through a large run with it.
    public var rows: ClosedRange<Int>?

    /// Creates a query; with no filters it matches every provenance record.
    public init(
        run: ImportRun.ID? = nil,
        record: RecordReference? = nil,
        sourceSystem: String? = nil,
        legacyID: String? = nil,
        kind: RecordKind? = nil,
        legacyIDs: Set<String>? = nil,
        rows: ClosedRange<Int>? = nil
    ) {
        self.run = run
        self.record = record
        self.sourceSystem = sourceSystem
        self.legacyID = legacyID
        self.kind = kind
        self.legacyIDs = legacyIDs
        self.rows = rows
    }

    /// Whether `provenance` matches every filter.
    public func matches(_ provenance: ImportProvenance) -> Bool {
        if let run, provenance.run != run { return false }
        if let record, provenance.record != record { return false }
        if let sourceSystem, provenance.sourceSystem != sourceSystem { return false }
        if let legacyID, provenance.legacyID != legacyID { return false }
        if let kind, provenance.record.kind != kind { return false }
        if let legacyIDs, !legacyIDs.contains(provenance.legacyID) { return false }
        if let rows, !rows.contains(provenance.row) { return false }
        return true
    }
}
