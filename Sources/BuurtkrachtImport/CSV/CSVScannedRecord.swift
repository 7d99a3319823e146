/// One complete record as located by the scanner (offsets relative to the record start).
struct CSVScannedRecord {
    var slots: [UInt64]
    var length: Int
    var terminatorLength: Int
    var lineBreaks: Int
    var firstMultilineQuote: Int?
    var diagnostics: [CSVDiagnostic]
}
