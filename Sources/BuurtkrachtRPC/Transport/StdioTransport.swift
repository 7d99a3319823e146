import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A transport over two file descriptors: stdin and stdout of `buurtkracht serve`, or pipes and
/// sockets in tests.
///
/// Input is read by a dedicated thread that blocks in `poll(2)`/`read(2)` — never a
/// cooperative thread, never a sleep-poll — and is handed to the server through an
/// `AsyncThrowingStream`. That thread is also the server's ``readLoopExecutor``: the read loop
/// runs on it, right after each read, so a request the loop answers itself (`ping`) costs no
/// thread hand-off. Output is serialized under one lock: when the output is idle,
/// ``send(_:)`` writes the whole frame itself; otherwise it appends the frame to a queue and a
/// writer thread drains the queue with as few `write(2)` calls as it can. Either way frames are
/// never interleaved, and pipelined responses share system calls. The reading thread writes
/// directly only what cannot block it (see ``send(_:)``), so a client that writes much before it
/// reads is still read from.
///
/// ```swift
/// let transport = try StdioTransport.protectingStandardOutput()   // at start-up, before any print
/// let status = await server.run(on: transport)
/// ```
public final class StdioTransport: MessageTransport {
    private let outputDescriptor: Int32
    private let ownsOutput: Bool
    private let inputThread: InputThread
    private let state = Mutex(OutputState())
    private let outputReady = DispatchSemaphore(value: 0)

    /// Creates a transport over `input` and `output`, which stay open unless `ownsOutput`.
    ///
    /// - Parameters:
    ///   - input: The descriptor to read messages from.
    ///   - output: The descriptor to write messages to.
    ///   - ownsOutput: Whether ``finish()`` closes `output`.
    ///   - readSize: The most bytes one `read(2)` asks for.
    /// - Throws: ``RPCTransportError`` when the reading thread's wake-up pipe cannot be made.
    public init(input: Int32, output: Int32, ownsOutput: Bool = false, readSize: Int = 64 * 1024) throws {
        self.inputThread = try InputThread(input: input, readSize: readSize)
        self.outputDescriptor = output
        self.ownsOutput = ownsOutput
        let writer = Thread { [self] in writeLoop() }
        writer.name = "buurtkracht-rpc-writer"
        writer.start()
    }

    /// Keeps a private duplicate of standard output for the protocol and points file descriptor 1
    /// at standard error, so that a stray `print` anywhere in the process cannot corrupt the
    /// protocol stream; returns a transport over standard input and that duplicate.
    ///
    /// Call it once, at start-up, before anything is printed.
    ///
    /// - Throws: ``RPCTransportError`` when the descriptors cannot be duplicated.
    public static func protectingStandardOutput() throws -> StdioTransport {
        fflush(nil)
        let protocolOutput = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3)
        guard protocolOutput >= 0 else { throw RPCTransportError(operation: "dup(1)", errno: errno) }
        guard dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else {
            let failure = errno
            close(protocolOutput)
            throw RPCTransportError(operation: "dup2(2, 1)", errno: failure)
        }
        return try StdioTransport(input: STDIN_FILENO, output: protocolOutput, ownsOutput: true)
    }

    // MARK: Input

    /// Starts reading on the reading thread; the stream ends at end of input or when the server
    /// finishes.
    public func receive() -> AsyncThrowingStream<[UInt8], any Error> {
        let (stream, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        continuation.onTermination = { [inputThread] _ in inputThread.stopReading() }
        inputThread.startReading(into: continuation)
        return stream
    }

    /// The reading thread, which runs the server's read loop.
    public var readLoopExecutor: (any TaskExecutor)? { inputThread }

    // MARK: Output

    private struct OutputState {
        var pending: [UInt8] = []
        /// Whether a `write(2)` is under way (by a sender or by the writer thread).
        var writing = false
        var finishing = false
        var closed = false
        var writerDone = false
        var finishWaiters: [CheckedContinuation<Void, Never>] = []
    }

    /// Writes one whole frame, or queues it for the writer thread.
    ///
    /// The frame is written at once when the output is idle. On the reading thread, that is so
    /// only when the write cannot block (the frame fits in `PIPE_BUF` and the output has room):
    /// a blocked reading thread would stop reading a client that writes before it reads.
    ///
    /// - Throws: ``RPCTransportError/outputClosed`` once the other side closed its end or the
    ///   transport finished.
    public func send(_ frame: [UInt8]) throws {
        enum Route { case refused, direct, queued }
        let mayBlock = inputThread.isCurrent && !outputHasRoom(for: frame.count)
        let route = state.withLock { state -> Route in
            guard !state.closed && !state.finishing else { return .refused }
            if !mayBlock && !state.writing && state.pending.isEmpty {
                state.writing = true
                return .direct
            }
            state.pending.append(contentsOf: frame)
            return .queued
        }
        switch route {
        case .refused:
            throw RPCTransportError.outputClosed
        case .queued:
            outputReady.signal()
        case .direct:
            // The output is idle: write at once instead of waking the writer thread (saves a
            // thread hand-off per response when the client waits for each one). A pipe the client
            // does not drain can block this caller; the writer thread takes over whatever queues
            // up meanwhile.
            let written = writeAll(frame)
            let more = state.withLock { state -> Bool in
                state.writing = false
                if !written { state.closed = true; state.pending = [] }
                return !state.pending.isEmpty || state.finishing
            }
            if more { outputReady.signal() }
        }
    }

    /// Writes the frames as one run of bytes: one `write(2)` for many responses when the
    /// output is idle, instead of one each.
    public func send(contentsOf frames: [[UInt8]]) throws {
        switch frames.count {
        case 0: return
        case 1: try send(frames[0])
        default: try send(Array(frames.joined()))
        }
    }

    private func writeLoop() {
        var batch: [UInt8] = []
        while true {
            outputReady.wait()
            let (finishing, busy) = state.withLock { state -> (Bool, Bool) in
                if state.writing { return (state.finishing, true) }
                swap(&batch, &state.pending)
                state.writing = !batch.isEmpty
                return (state.finishing, false)
            }
            // A sender is writing directly; it signals again when it is done.
            if busy { continue }
            if !batch.isEmpty {
                let written = writeAll(batch)
                state.withLock { state in
                    state.writing = false
                    if !written { state.closed = true; state.pending = [] }
                }
                batch.removeAll(keepingCapacity: batch.count <= 1 << 20)
            }
            if finishing {
                let more = state.withLock { !$0.pending.isEmpty && !$0.closed }
                if more { continue }
                break
            }
        }
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.writerDone = true
            state.closed = true
            defer { state.finishWaiters = [] }
            return state.finishWaiters
        }
        if ownsOutput { close(outputDescriptor) }
        for waiter in waiters { waiter.resume() }
    }

    /// Whether `count` bytes can be written to the output without blocking: at most `PIPE_BUF`
    /// (4096 on Linux, the least any pipe takes whole) and the output polls writable.
    private func outputHasRoom(for count: Int) -> Bool {
        guard count <= 4096 else { return false }
        var descriptor = pollfd(fd: outputDescriptor, events: Int16(POLLOUT), revents: 0)
        return poll(&descriptor, 1, 0) == 1 && descriptor.revents & Int16(POLLOUT) != 0
    }

    /// Writes every byte, waiting for the descriptor when it is non-blocking and full; false when
    /// the other side has gone.
    private func writeAll(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let written = write(outputDescriptor, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else if written < 0 && errno == EAGAIN {
                    var descriptor = pollfd(fd: outputDescriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&descriptor, 1, -1)
                } else {
                    return false
                }
            }
            return true
        }
    }

    // MARK: Finishing

    /// Writes everything queued, stops the reader and writer threads, and closes the output if
    /// the transport owns it. Input is never closed: it belongs to the caller.
    public func finish() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = state.withLock { state -> Bool in
                state.finishing = true
                if state.writerDone { return true }
                state.finishWaiters.append(continuation)
                return false
            }
            if done { continuation.resume() } else { outputReady.signal() }
        }
        inputThread.stop()
    }
}
