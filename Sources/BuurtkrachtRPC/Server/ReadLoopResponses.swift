/// Responses the server's read loop made itself while it went through one chunk of input, sent
/// together when the chunk is done, or earlier, before a request goes to a child task (see
/// ``RPCServer/run(on:)``).
struct ReadLoopResponses {
    private var bodies: [[UInt8]] = []
    private var writer: ResponseWriter?

    /// Keeps a response body until ``send()``.
    mutating func append(_ body: [UInt8], to writer: ResponseWriter) {
        bodies.append(body)
        self.writer = writer
    }

    /// Sends what is kept, in the order it was made, and forgets it.
    mutating func send() {
        guard let writer, !bodies.isEmpty else { return }
        writer.send(contentsOf: bodies)
        bodies.removeAll(keepingCapacity: true)
    }
}
