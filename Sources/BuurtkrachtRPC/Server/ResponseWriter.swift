import Logging

/// Frames response bodies in the client's framing and hands them to the transport, which
/// writes each frame whole (see ``MessageTransport/send(_:)``).
struct ResponseWriter: Sendable {
    let transport: any MessageTransport
    let encoder: FrameEncoder
    let logger: Logger

    /// Sends one response body (or batch body).
    func send(_ body: [UInt8]) {
        do {
            try transport.send(encoder.frame(body))
        } catch {
            logger.debug("Response dropped: the output is closed")
        }
    }

    /// Sends an error response.
    func send(_ error: RPCError, id: RPCRequestID) {
        send(ResponseEncoder.error(error, id: id))
    }
}
