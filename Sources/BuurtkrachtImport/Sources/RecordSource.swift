/// A streaming source of legacy rows: CSV (``CSVRecordSource``) or JSON lines
/// (``JSONLinesRecordSource``). Memory stays flat whatever the file size: one row at a time.
///
/// Conform to read another format; the importer only needs the column indices and the rows.
///
/// ```swift
/// let source = try CSVRecordSource(path: "clienten.csv")
/// let bsn = try source.columnIndex(of: "BSN")
/// while let record = try source.next() { … }
/// ```
public protocol RecordSource: AnyObject {
    /// The column names the file declares (the CSV header), or nil when each row names its own
    /// fields (JSON lines).
    var columnNames: [String]? { get }
    /// The file's size in bytes, for progress and the ETA; nil when unknown.
    var fileSize: Int64? { get }
    /// How the file is encoded: `"utf-8"`, `"utf-8 with BOM"`, `"windows-1252"`, or nil while undecided.
    var encodingName: String? { get }
    /// The index under which rows return the column `name`; nil when the file has no such column.
    ///
    /// CSV sources know their columns up front; JSON-lines sources accept any name and look the
    /// key up in every row. Call this before the first ``next()``.
    func columnIndex(of name: String) -> Int?
    /// The next row, or nil at the end of the file.
    ///
    /// - Throws: ``ImportError`` when the file cannot be read any further.
    func next() throws(ImportError) -> SourceRecord?
    /// The header row's raw bytes, to repeat in a rejects file; nil without a header.
    var headerBytes: [UInt8]? { get }
}
