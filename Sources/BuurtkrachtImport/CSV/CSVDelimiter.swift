/// The character that separates fields.
///
/// Dutch municipal exports almost always use ``semicolon``; ``comma`` and ``tab`` also occur.
/// ``CSVReader`` detects the delimiter from the header line unless
/// ``CSVReaderOptions/delimiter`` overrides it.
public enum CSVDelimiter: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// `;` (the Dutch default, because `,` is the decimal separator).
    case semicolon
    /// `,`.
    case comma
    /// A horizontal tab (U+0009).
    case tab

    /// The delimiter's single ASCII byte.
    public var byte: UInt8 {
        switch self {
        case .semicolon: UInt8(ascii: ";")
        case .comma: UInt8(ascii: ",")
        case .tab: 0x09
        }
    }

    /// The delimiter as a one-character string.
    public var character: Character {
        Character(Unicode.Scalar(byte))
    }

    /// A readable name such as `"semicolon"`.
    public var description: String { rawValue }

    /// Detects the delimiter of a header line.
    ///
    /// Counts `;`, `,` and tab outside double quotes on the first non-blank line of `bytes`
    /// and returns the most frequent one. Ties are broken in the order semicolon, comma, tab,
    /// so a line without any delimiter (a one-column file) yields ``semicolon``.
    ///
    /// ```swift
    /// CSVDelimiter.detect(in: Array("BSN;Naam;Postcode\r\n".utf8)) // .semicolon
    /// ```
    ///
    /// - Parameter bytes: The first bytes of the file, after any byte order mark.
    /// - Returns: The detected delimiter.
    public static func detect(in bytes: some Collection<UInt8>) -> CSVDelimiter {
        var counts = [0, 0, 0]
        var inQuotes = false
        var seenContent = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
                seenContent = true
                continue
            }
            if inQuotes { continue }
            if byte == 0x0A || byte == 0x0D {
                if seenContent { break }
                continue
            }
            seenContent = true
            switch byte {
            case UInt8(ascii: ";"): counts[0] += 1
            case UInt8(ascii: ","): counts[1] += 1
            case 0x09: counts[2] += 1
            default: break
            }
        }
        var best = CSVDelimiter.semicolon
        var bestCount = counts[0]
        if counts[1] > bestCount {
            best = .comma
            bestCount = counts[1]
        }
        if counts[2] > bestCount {
            best = .tab
        }
        return best
    }
}
