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

    /// Sends several response bodies in order, written together where the transport can.
    func send(contentsOf bodies: [[UInt8]]) {
        guard !bodies.isEmpty else { return }
        do {
            try transport.send(contentsOf: bodies.map(encoder.frame))
        } catch {
            logger.debug("Responses dropped: the output is closed")
        }
    }
}
