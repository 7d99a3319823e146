import Buurtkracht
import BuurtkrachtRPC
import BuurtkrachtTesting
import Foundation
import Synchronization
import Testing

/// The server over real pipes with ``StdioTransport``.
@Suite struct StdioTransportTests {
    @Test func largeResponsesProducedConcurrentlyAreNeverInterleaved() async throws {
        let toServer = Pipe()
        let fromServer = Pipe()
        let serverSide = try StdioTransport(input: toServer.fileHandleForReading.fileDescriptor, output: fromServer.fileHandleForWriting.fileDescriptor)
        let clientSide = try StdioTransport(input: fromServer.fileHandleForReading.fileDescriptor, output: toServer.fileHandleForWriting.fileDescriptor)
        let world = try await TestNeighbourhood.make()
        let server = RPCServer(services: world.services, dispatcher: try exampleDispatcher())
        async let ending = server.run(on: serverSide)

        let fills = ["a", "b", "c", "d", "e", "f", "g", "h"]
        for (index, fill) in fills.enumerated() {
            try clientSide.send(FrameEncoder(framing: .contentLength).frame(Array(#"{"jsonrpc":"2.0","id":\#(index),"method":"test.large","params":{"size":300000,"fill":"\#(fill)"}}"#.utf8)))
        }
        let frames = FrameStream(clientSide.receive(), framing: .contentLength)
        var seen = Set<Int>()
        for _ in fills {
            let body = try #require(try await frames.next())
            let value = try JSONValue(parsing: body)
            let id = try #require(value["id"]?.int)
            let text = try #require(value["result"]?.string)
            #expect(text.count == 300_000)
            #expect(Set(text) == [Character(fills[id])], "response \(id) is mixed with another")
            seen.insert(id)
        }
        #expect(seen.count == fills.count)
        await clientSide.finish()
        try toServer.fileHandleForWriting.close()
        #expect(await ending == .endOfInput)
    }

    /// The read loop runs on the reading thread; were it to block there in a write to a full
    /// output, it would stop reading, and a client that writes everything before it reads would
    /// wait on the server as the server waits on it. The client runs on a thread of its own (its
    /// blocking calls must not hold a thread of the pool the server needs) and never blocks for
    /// long: it gives up when the server takes no input, or gives no answer, for five seconds.
    @Test func aClientThatWritesEverythingBeforeReadingIsStillReadToTheEnd() async throws {
        let toServer = Pipe()
        let fromServer = Pipe()
        let serverSide = try StdioTransport(input: toServer.fileHandleForReading.fileDescriptor, output: fromServer.fileHandleForWriting.fileDescriptor)
        let world = try await TestNeighbourhood.make()
        let server = RPCServer(services: world.services, dispatcher: try exampleDispatcher())
        async let ending = server.run(on: serverSide)

        // About 900 KB of pings, and about as much in answers: many times what a pipe holds.
        let count = 20_000
        let pings = Array((0..<count).map { #"{"jsonrpc":"2.0","id":\#($0),"method":"ping"}"# + "\n" }.joined().utf8)
        let client = (output: toServer.fileHandleForWriting, input: fromServer.fileHandleForReading)
        let answers = try await onThreadOfItsOwn { () throws -> [Substring] in
            do {
                try Self.writeWithoutBlocking(pings, to: client.output)
                return try Self.readLines(count, from: client.input.fileDescriptor)
            } catch {
                // Frees a server stuck in a write, so that the test fails instead of hanging:
                // its write fails (EPIPE, not a signal) and its input ends.
                signal(SIGPIPE, SIG_IGN)
                try? client.input.close()
                try? client.output.close()
                throw error
            }
        }
        #expect(answers.count == count)
        #expect(answers.last == #"{"jsonrpc":"2.0","id":\#(count - 1),"result":{}}"#)
        #expect(await ending == .endOfInput)
    }

    private struct Stalled: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes `bytes` and closes `handle`, never blocking in `write(2)`.
    private static func writeWithoutBlocking(_ bytes: [UInt8], to handle: FileHandle) throws {
        let descriptor = handle.fileDescriptor
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        var written = 0
        while written < bytes.count {
            var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            guard poll(&ready, 1, 5_000) == 1 else {
                throw Stalled(description: "the server took no input for five seconds, after \(written) of \(bytes.count) bytes")
            }
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result > 0 { written += result }
        }
        try handle.close()
    }

    /// Reads until `count` lines have come.
    private static func readLines(_ count: Int, from descriptor: Int32) throws -> [Substring] {
        var bytes: [UInt8] = []
        var lines = 0
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while lines < count {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 5_000) == 1 else {
                throw Stalled(description: "no answer for five seconds, after \(lines) of \(count) lines")
            }
            let result = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard result > 0 else { throw Stalled(description: "the output ended after \(lines) of \(count) lines") }
            bytes += chunk[0..<result]
            lines += chunk[0..<result].count(where: { $0 == UInt8(ascii: "\n") })
        }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    }

    /// Runs `body` on a new thread and waits for it without holding a thread of the pool.
    private func onThreadOfItsOwn<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result(catching: body)) }.start()
        }
    }

    /// Once the reading thread has stopped, a task that still prefers it runs on the global pool
    /// instead of waiting forever. The task is unstructured, so that a stranded one fails the
    /// test instead of hanging it.
    @Test func aTaskThatPrefersTheReadingThreadStillRunsAfterTheTransportFinished() async throws {
        let input = Pipe()
        let output = Pipe()
        let transport = try StdioTransport(input: input.fileHandleForReading.fileDescriptor, output: output.fileHandleForWriting.fileDescriptor)
        let executor = try #require(transport.readLoopExecutor)
        await transport.finish()
        try await Task.sleep(for: .milliseconds(100))  // the thread ends soon after `finish`

        let finished = Mutex(false)
        Task {
            await withTaskExecutorPreference(executor) {
                await Task.yield()
                finished.withLock { $0 = true }
            }
        }
        for _ in 0..<500 where !finished.withLock({ $0 }) {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(finished.withLock { $0 }, "the task was still waiting for the reading thread after five seconds")
    }
}
