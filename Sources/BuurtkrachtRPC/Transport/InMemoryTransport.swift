import Synchronization

/// A transport inside one process, for tests and for embedding the server without pipes.
///
/// ```swift
/// let transport = InMemoryTransport()
/// async let status = server.run(on: transport)
/// transport.write(Array("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\n".utf8))
/// for await frame in transport.output { … }      // what the server sent, frame by frame
/// transport.closeInput()                          // end of input: the server finishes
/// ```
public final class InMemoryTransport: MessageTransport {
    private let input: AsyncThrowingStream<[UInt8], any Error>
    private let inputContinuation: AsyncThrowingStream<[UInt8], any Error>.Continuation
    /// The frames the server sent, in order; ends when the server finishes.
    public let output: AsyncStream<[UInt8]>
    private let outputContinuation: AsyncStream<[UInt8]>.Continuation
    private let closed = Mutex(false)

    /// Creates a transport with empty input.
    public init() {
        (input, inputContinuation) = AsyncThrowingStream.makeStream()
        (output, outputContinuation) = AsyncStream.makeStream()
    }

    /// Gives the server `bytes` as the next chunk of input.
    public func write(_ bytes: [UInt8]) {
        inputContinuation.yield(bytes)
    }

    /// Ends the server's input, as end of file on stdin.
    public func closeInput() {
        inputContinuation.finish()
    }

    /// The input as the server reads it.
    public func receive() -> AsyncThrowingStream<[UInt8], any Error> { input }

    /// Hands a frame to ``output``.
    public func send(_ frame: [UInt8]) throws {
        guard !closed.withLock({ $0 }) else { throw RPCTransportError.outputClosed }
        outputContinuation.yield(frame)
    }

    /// Ends ``output`` and the input.
    public func finish() async {
        closed.withLock { $0 = true }
        outputContinuation.finish()
        inputContinuation.finish()
    }
}
