public import Foundation

/// One run of the batch importer over one file: what it read and wrote, and how far it got.
///
/// The checkpoint is written in the same transaction as the rows it covers, so a killed run
/// resumes exactly where it stopped.
public struct ImportRun: Identifiable, Hashable, Sendable, Codable {
    /// A run's identifier.
    public typealias ID = Identifier<ImportRun>

    /// The run's identifier.
    public var id: ID
    /// The legacy system the records come from; with the legacy id it keys every record.
    public var sourceSystem: String
    /// The file's name (no directories).
    public var fileName: String
    /// A fingerprint of the file's content, to recognise a re-run of the same file.
    public var fileFingerprint: String
    /// Who started it.
    public var startedBy: Professional.ID
    /// When it started.
    public var startedAt: Date
    /// When it finished, if it did.
    public var finishedAt: Date?
    /// Where it is.
    public var status: Status
    /// The last row whose outcome is committed, and the byte offset after it.
    public var checkpoint: Checkpoint?
    /// Counts so far.
    public var counts: Counts

    /// Creates a running import.
    public init(
        id: ID,
        sourceSystem: String,
        fileName: String,
        fileFingerprint: String,
        startedBy: Professional.ID,
        startedAt: Date
    ) {
        self.id = id
        self.sourceSystem = sourceSystem
        self.fileName = fileName
        self.fileFingerprint = fileFingerprint
        self.startedBy = startedBy
        self.startedAt = startedAt
        self.finishedAt = nil
        self.status = .running
        self.checkpoint = nil
        self.counts = Counts()
    }

    /// Where a run is.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Running, or stopped before it finished (resumable).
        case running
        /// Finished.
        case completed
        /// Stopped on an error that needs attention.
        case failed
        /// Undone: what it created is removed, what it updated is restored.
        case undone
    }

    /// How far a run got.
    public struct Checkpoint: Hashable, Sendable, Codable {
        /// The number of the last row whose outcome is committed.
        public var row: Int
        /// The byte offset in the file just after that row.
        public var byteOffset: Int64
        /// The importer's own state at this point (its report so far, the length of the rejects
        /// file), encoded by the importer and opaque to the store, so that a resumed run reports
        /// on the whole file.
        public var state: Data?

        /// Creates a checkpoint.
        public init(row: Int, byteOffset: Int64, state: Data? = nil) {
            self.row = row
            self.byteOffset = byteOffset
            self.state = state
        }
    }

    /// What a run did, row by row.
    public struct Counts: Hashable, Sendable, Codable {
        /// Rows read.
        public var read: Int
        /// Records created.
        public var created: Int
        /// Records updated.
        public var updated: Int
        /// Rows that changed nothing.
        public var unchanged: Int
        /// Rows rejected.
        public var rejected: Int

        /// Creates counts.
        public init(read: Int = 0, created: Int = 0, updated: Int = 0, unchanged: Int = 0, rejected: Int = 0) {
            self.read = read
            self.created = created
            self.updated = updated
            self.unchanged = unchanged
            self.rejected = rejected
        }
    }
}
