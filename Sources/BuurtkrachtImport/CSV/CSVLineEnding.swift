/// The byte sequence that ends a record.
///
/// The reader accepts all three on input, also mixed within one file. ``CSVWriter`` writes
/// the one in its ``CSVDialect``.
public enum CSVLineEnding: String, Sendable, Hashable, CaseIterable {
    /// CR LF (`\r\n`), the RFC 4180 and Windows convention.
    case crlf
    /// LF (`\n`), the Unix convention.
    case lf
    /// A lone CR (`\r`), the classic Mac convention.
    case cr

    /// The bytes of this line ending.
    public var bytes: [UInt8] {
        switch self {
        case .crlf: [0x0D, 0x0A]
        case .lf: [0x0A]
        case .cr: [0x0D]
        }
    }
}
