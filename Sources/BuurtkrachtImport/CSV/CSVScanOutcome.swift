/// The result of scanning the bytes at the start of the reader's window.
enum CSVScanOutcome {
    /// A complete record.
    case record(CSVScannedRecord)
    /// An empty line, with the length of its terminator.
    case blankLine(terminatorLength: Int)
    /// The window ended before the record did. `openMultilineQuote` is the offset of the
    /// quote of a quoted field that was open across a line break at that point.
    case needMoreData(openMultilineQuote: Int?, lineBreaks: Int)
    /// The quoted field opened at `at` cannot be closed properly; rescan line-bounded from it.
    case unterminatedQuote(at: Int, reason: CSVUnterminatedReason)
}
