/// Settings for ``CSVReader``.
///
/// The defaults suit Dutch municipal exports: delimiter and encoding detected, first
/// record is the header, blank lines skipped, records bounded at 1 MiB and 100 lines.
///
/// ```swift
/// var options = CSVReaderOptions()
/// options.delimiter = .semicolon        // skip detection
/// options.encoding = .windows1252      // skip detection
/// let reader = try CSVReader(url: url, options: options)
/// ```
public struct CSVReaderOptions: Sendable, Hashable {
    /// The field delimiter, or `nil` to detect it from the header line (see
    /// ``CSVDelimiter/detect(in:)``).
    public var delimiter: CSVDelimiter?

    /// The encoding, or `nil` to detect it.
    ///
    /// Detection: a UTF-8 byte order mark means UTF-8 (the mark is stripped). Otherwise the
    /// decision is taken at the first record containing a non-ASCII byte: if that byte starts
    /// a valid UTF-8 multi-byte sequence the file is UTF-8, otherwise Windows-1252. Records
    /// read later that contradict the decision get an error diagnostic; they are never
    /// silently decoded.
    public var encoding: CSVEncoding?

    /// Whether the first record is a header row; it is then available as
    /// ``CSVReader/header`` and not returned by ``CSVReader/next()``.
    public var hasHeader: Bool

    /// Whether empty lines are skipped (the default) or returned as records with one empty
    /// field. Skipped lines still count for line numbers.
    public var skipBlankLines: Bool

    /// The maximum size in bytes of one record, excluding its line terminator.
    ///
    /// This bounds memory use and the search for the end of an unterminated quoted field.
    /// Must be between 1 KiB and 1 GiB. Default 1 MiB.
    public var maxRecordBytes: Int

    /// The maximum number of physical lines one record may span through quoted line breaks.
    ///
    /// A quoted field that is still open after this many lines is treated as unterminated.
    /// Must be at least 1. Default 100.
    public var maxLinesPerRecord: Int

    /// How many bytes to request from the source per read. Default 256 KiB.
    public var chunkSize: Int

    /// Creates options; every parameter has the default described on its property.
    public init(
        delimiter: CSVDelimiter? = nil,
        encoding: CSVEncoding? = nil,
        hasHeader: Bool = true,
        skipBlankLines: Bool = true,
        maxRecordBytes: Int = 1 << 20,
        maxLinesPerRecord: Int = 100,
        chunkSize: Int = 256 << 10
    ) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.hasHeader = hasHeader
        self.skipBlankLines = skipBlankLines
        self.maxRecordBytes = maxRecordBytes
        self.maxLinesPerRecord = maxLinesPerRecord
        self.chunkSize = chunkSize
    }

    func validate() throws(CSVError) {
        guard (1 << 10)...(1 << 30) ~= maxRecordBytes else {
            throw CSVError(
                code: .invalidOptions,
                message: "maxRecordBytes must be between 1 KiB and 1 GiB.")
        }
        guard maxLinesPerRecord >= 1 else {
            throw CSVError(code: .invalidOptions, message: "maxLinesPerRecord must be at least 1.")
        }
        guard 1...(1 << 30) ~= chunkSize else {
            throw CSVError(code: .invalidOptions, message: "chunkSize must be between 1 byte and 1 GiB.")
        }
    }
}
