/// Why a quoted field was declared unterminated, for the diagnostic message.
enum CSVUnterminatedReason: Sendable, Hashable {
    case endOfFile
    case lineLimit(Int)
    case byteLimit(Int)
    case textAfterClosingQuote(line: Int)
    case endOfLineDuringResync

    var explanation: String {
        switch self {
        case .endOfFile:
            "before the end of the file"
        case .lineLimit(let lines):
            "within \(lines) lines (maxLinesPerRecord)"
        case .byteLimit(let bytes):
            "within \(bytes) bytes (maxRecordBytes)"
        case .textAfterClosingQuote(let line):
            "properly: the quote that would close it on line \(line) is followed by other characters"
        case .endOfLineDuringResync:
            "on its own line while the row was being resynchronised"
        }
    }
}
