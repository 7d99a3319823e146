/// Moves bytes between the server and its client: a stream of input chunks in, whole frames out.
///
/// The server frames and parses; a transport only carries bytes. Implementations:
/// ``StdioTransport`` (file descriptors: stdin/stdout, pipes, sockets) and
/// ``InMemoryTransport`` (tests, embedding in the same process).
///
/// Contract:
/// - ``receive()`` is called once; its stream yields input as it arrives, in order, and ends at
///   end of input (or throws on a read error).
/// - ``send(_:)`` takes one whole frame and writes it without interleaving it with any other
///   frame, whichever task sends. It may return before the bytes are written.
///   ``send(contentsOf:)`` does the same for several frames in order; a transport that can
///   write them at once (one system call instead of one each) implements it.
/// - ``finish()`` writes everything sent so far, stops reading, and releases the transport.
public protocol MessageTransport: Sendable {
    /// The input, chunk by chunk, until end of input.
    func receive() -> AsyncThrowingStream<[UInt8], any Error>

    /// Writes one whole frame.
    ///
    /// - Throws: ``RPCTransportError`` when the output is closed.
    func send(_ frame: [UInt8]) throws

    /// Writes whole frames, in order; the default sends them one by one.
    ///
    /// - Throws: ``RPCTransportError`` when the output is closed.
    func send(contentsOf frames: [[UInt8]]) throws

    /// Writes all pending output, stops reading and closes what the transport owns.
    func finish() async

    /// Where the server's read loop runs: the thread that reads the input, when the transport
    /// has one and offers it as an executor, or nil for the global pool.
    ///
    /// A transport whose input arrives on a thread of its own can offer that thread, so that a
    /// chunk read there is handled there, without waking another thread. The server runs every
    /// request it hands off (everything but `ping`, `initialize`, `shutdown` and the loop's own
    /// notifications) on the global pool regardless. The default is nil.
    var readLoopExecutor: (any TaskExecutor)? { get }
}

extension MessageTransport {
    /// No executor of its own: the read loop runs on the global pool.
    public var readLoopExecutor: (any TaskExecutor)? { nil }

    /// Sends each frame with ``send(_:)``.
    public func send(contentsOf frames: [[UInt8]]) throws {
        for frame in frames { try send(frame) }
    }
}
