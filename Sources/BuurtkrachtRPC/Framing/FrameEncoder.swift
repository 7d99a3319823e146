/// Wraps message bodies in a framing.
///
/// ```swift
/// let encoder = FrameEncoder(framing: .contentLength)
/// let bytes = encoder.frame(Array(#"{"jsonrpc":"2.0","id":1,"result":{}}"#.utf8))
/// // "Content-Length: 36\r\n\r\n{…}"
/// ```
public struct FrameEncoder: Sendable {
    /// The framing written.
    public let framing: MessageFraming

    /// Creates an encoder for `framing`.
    public init(framing: MessageFraming) {
        self.framing = framing
    }

    /// The framed bytes of `body` (one JSON text without newlines).
    public func frame(_ body: [UInt8]) -> [UInt8] {
        switch framing {
        case .newlineDelimited:
            var bytes = body
            bytes.append(0x0A)
            return bytes
        case .contentLength:
            var bytes = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
            bytes.reserveCapacity(bytes.count + body.count)
            bytes.append(contentsOf: body)
            return bytes
        }
    }
}
