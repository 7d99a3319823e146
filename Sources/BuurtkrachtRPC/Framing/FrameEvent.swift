/// What a ``FrameDecoder`` finds in the input: a complete message, or a problem it skipped.
public enum FrameEvent: Sendable, Hashable {
    /// One complete message body (the JSON text, without framing).
    case frame([UInt8])
    /// A message over the size limit. Its bytes were (or are being) discarded; the stream goes on
    /// after it. `declaredLength` is the `Content-Length` when the header gave one.
    case oversized(declaredLength: Int?)
    /// A header block that could not be understood (no `Content-Length`, or not a number). The
    /// decoder skipped it and looks for the next header.
    case malformedHeader(String)
}
