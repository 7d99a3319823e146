import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The thread that reads a ``StdioTransport``'s input, and a `TaskExecutor` whose jobs run on
/// that same thread.
///
/// The server runs its read loop with this executor as its preference (see
/// ``MessageTransport/readLoopExecutor``). A chunk read here resumes the read loop on this
/// thread, right after the `read(2)`, so a message such as `ping` is read, handled and answered
/// without waking any other thread: one thread hand-off less per round trip than handing the
/// chunk to the global pool.
///
/// The thread blocks in `poll(2)` on the input and on a wake-up pipe; the pipe is written only
/// when a job arrives from another thread while this one sleeps, when reading starts or stops,
/// and when the thread is told to stop. Jobs that arrive after it stopped go to the global
/// concurrent executor, so no task is ever stranded.
final class InputThread: TaskExecutor, Sendable {
    private struct State {
        var jobs: [UnownedJob] = []
        /// Whether the thread is running (not in, or about to enter, `poll(2)`): a job enqueued
        /// meanwhile needs no wake-up.
        var awake = true
        var continuation: AsyncThrowingStream<[UInt8], any Error>.Continuation?
        var stopping = false
        var stopped = false
    }

    private let input: Int32
    private let readSize: Int
    private let wake: (read: Int32, write: Int32)
    private let state = Mutex(State())
    /// The thread's `pthread_self()`, once it runs; 0 before.
    private let threadID = Atomic<UInt>(0)

    /// Starts the thread; it reads `input` only once ``startReading(into:)`` is called.
    ///
    /// - Throws: ``RPCTransportError`` when the wake-up pipe cannot be made.
    init(input: Int32, readSize: Int) throws {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { throw RPCTransportError(operation: "pipe", errno: errno) }
        self.input = input
        self.readSize = readSize
        self.wake = (descriptors[0], descriptors[1])
        let thread = Thread { [self] in main() }
        thread.name = "buurtkracht-rpc-reader"
        thread.start()
    }

    deinit {
        close(wake.read)
        close(wake.write)
    }

    /// Whether the caller runs on this thread.
    var isCurrent: Bool { threadID.load(ordering: .relaxed) == Self.currentThreadID }

    private static var currentThreadID: UInt {
        #if canImport(Darwin)
        UInt(bitPattern: pthread_self())
        #else
        UInt(pthread_self())
        #endif
    }

    /// Reads the input into `continuation` until end of input, a read error, or
    /// ``stopReading()``.
    func startReading(into continuation: AsyncThrowingStream<[UInt8], any Error>.Continuation) {
        state.withLock { $0.continuation = continuation }
        wakeUp()
    }

    /// Stops reading the input; jobs still run.
    func stopReading() {
        state.withLock { $0.continuation = nil }
        wakeUp()
    }

    /// Ends the input stream and then the thread, once the jobs queued so far have run.
    func stop() {
        state.withLock { $0.stopping = true }
        wakeUp()
    }

    // MARK: TaskExecutor

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        enum Route { case queued, wake, elsewhere }
        let route = state.withLock { state -> Route in
            guard !state.stopped else { return .elsewhere }
            state.jobs.append(job)
            if state.awake { return .queued }
            state.awake = true
            return .wake
        }
        switch route {
        case .queued: break
        case .wake: wakeUp()
        case .elsewhere: globalConcurrentExecutor.enqueue(ExecutorJob(job))
        }
    }

    // MARK: The thread

    private func main() {
        threadID.store(Self.currentThreadID, ordering: .relaxed)
        var chunk = [UInt8](repeating: 0, count: readSize)
        var descriptors = [
            pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0),
            pollfd(fd: input, events: Int16(POLLIN), revents: 0),
        ]
        var jobs: [UnownedJob] = []
        while true {
            runJobs(swappingWith: &jobs)
            enum Next { case runJobs, stop, sleep(reading: Bool) }
            let next = state.withLock { state -> Next in
                if !state.jobs.isEmpty { return .runJobs }
                if state.stopping {
                    state.stopped = true
                    return .stop
                }
                // From here on a job from another thread writes the wake-up pipe.
                state.awake = false
                return .sleep(reading: state.continuation != nil)
            }
            let reading: Bool
            switch next {
            case .runJobs:
                continue
            case .stop:
                finishReading(throwing: nil)
                return
            case .sleep(let willRead):
                reading = willRead
            }
            descriptors[1].fd = reading ? input : -1
            let ready = poll(&descriptors, 2, -1)
            state.withLock { $0.awake = true }
            if ready < 0 {
                if errno == EINTR { continue }
                finishReading(throwing: RPCTransportError(operation: "poll", errno: errno))
                continue
            }
            if descriptors[0].revents != 0 { drainWakeUps() }
            if reading && descriptors[1].revents != 0 { readOnce(into: &chunk) }
        }
    }

    /// Runs the queued jobs, and those they queue, until none is left. The queue and `spare`
    /// trade buffers, so that draining allocates nothing.
    private func runJobs(swappingWith spare: inout [UnownedJob]) {
        while true {
            state.withLock { swap(&spare, &$0.jobs) }
            if spare.isEmpty { return }
            for job in spare { job.runSynchronously(on: asUnownedTaskExecutor()) }
            spare.removeAll(keepingCapacity: true)
        }
    }

    private func readOnce(into chunk: inout [UInt8]) {
        let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, readSize) }
        if count > 0 {
            let continuation = state.withLock { $0.continuation }
            continuation?.yield(Array(chunk[0..<count]))
        } else if count == 0 {
            finishReading(throwing: nil)
        } else if errno != EINTR && errno != EAGAIN {
            finishReading(throwing: RPCTransportError(operation: "read", errno: errno))
        }
    }

    private func finishReading(throwing error: (any Error)?) {
        let continuation = state.withLock { state in
            defer { state.continuation = nil }
            return state.continuation
        }
        continuation?.finish(throwing: error)
    }

    private func wakeUp() {
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    private func drainWakeUps() {
        _ = withUnsafeTemporaryAllocation(byteCount: 64, alignment: 1) { read(wake.read, $0.baseAddress, 64) }
    }
}
