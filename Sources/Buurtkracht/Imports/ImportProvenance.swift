public import Foundation

/// Where an imported record came from: the run, the legacy system and id, the file and row,
/// and — for updates — the version it replaced, so that the run can be undone.
public struct ImportProvenance: Hashable, Sendable, Codable {
    /// The run that wrote the record.
    public var run: ImportRun.ID
    /// The record written.
    public var record: RecordReference
    /// The legacy system.
    public var sourceSystem: String
    /// The record's id in the legacy system.
    public var legacyID: String
    /// The file's name.
    public var fileName: String
    /// The row number in the file.
    public var row: Int
    /// Whether the run created or updated the record.
    public var change: Change
    /// The record as it was before an update, encoded by the importer; nil for creations.
    public var previousVersion: Data?

    /// Creates a provenance record.
    public init(
        run: ImportRun.ID,
        record: RecordReference,
        sourceSystem: String,
        legacyID: String,
        fileName: String,
        row: Int,
        change: Change,
        previousVersion: Data? = nil
    ) {
        self.run = run
        self.record = record
        self.sourceSystem = sourceSystem
        self.legacyID = legacyID
        self.fileName = fileName
        self.row = row
        self.change = change
        self.previousVersion = previousVersion
    }

    /// What an import did to a record.
    public enum Change: String, Hashable, Sendable, Codable, CaseIterable {
        /// Created it.
        case created
        /// Updated it.
        case updated
    }
}
