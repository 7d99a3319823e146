/// How messages are delimited on a byte stream.
///
/// The server detects the client's framing from the first bytes it receives and answers in the
/// same framing (see ``detect(_:)``).
public enum MessageFraming: String, Sendable, Hashable, CaseIterable, Codable, JSONSchemaProviding {
    /// Language Server Protocol style: `Content-Length: N\r\n\r\n` and N bytes of JSON.
    /// Other headers (such as `Content-Type`) are accepted and ignored.
    case contentLength
    /// One JSON text per line, ended by `\n` (a `\r` before it is ignored; blank lines are skipped).
    case newlineDelimited

    /// The framing that `bytes`, the start of a stream, are written in; nil while too few bytes
    /// arrived to tell.
    ///
    /// Leading whitespace is skipped. A header name followed by a colon (`Content-Length:`)
    /// means ``contentLength``; anything else — `{`, `[`, or garbage, which then earns a parse
    /// error per line — means ``newlineDelimited``.
    public static func detect(_ bytes: some Collection<UInt8>) -> MessageFraming? {
        var inName = false
        for byte in bytes {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                if inName { return .newlineDelimited }
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                inName = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                if !inName { return .newlineDelimited }
            case UInt8(ascii: ":") where inName:
                return .contentLength
            default:
                return .newlineDelimited
            }
        }
        return nil
    }
}
