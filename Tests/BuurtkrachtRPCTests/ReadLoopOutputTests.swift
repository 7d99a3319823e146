import BuurtkrachtRPC
import BuurtkrachtTesting
import Foundation
import Synchronization
import Testing

/// Responses the read loop makes itself (pings, envelope errors) leave together at the end of
/// each input chunk, in order: one write for a pipelined run of pings instead of one each.
@Suite("Read-loop output")
struct ReadLoopOutputTests {
    /// A transport that hands the test its input chunk by chunk and records every send call.
    final class RecordingTransport: MessageTransport {
        let input: AsyncThrowingStream<[UInt8], any Error>
        let feed: AsyncThrowingStream<[UInt8], any Error>.Continuation
        /// Each send call's frames: one for `send(_:)`, several for `send(contentsOf:)`.
        let calls = Mutex<[[[UInt8]]]>([])

        init() {
            (input, feed) = AsyncThrowingStream.makeStream()
        }

        func receive() -> AsyncThrowingStream<[UInt8], any Error> { input }
        func send(_ frame: [UInt8]) throws { calls.withLock { $0.append([frame]) } }
        func send(contentsOf frames: [[UInt8]]) throws { calls.withLock { $0.append(frames) } }
        func finish() async { feed.finish() }
    }

    private func ping(_ id: Int) -> String { #"{"jsonrpc":"2.0","id":\#(id),"method":"ping"}"# + "\n" }

    /// Serves `chunks` to the end of input; each send call's frames, parsed.
    private func serve(_ chunks: [String]) async throws -> [[JSONValue]] {
        let transport = RecordingTransport()
        let world = try await TestNeighbourhood.make()
        let server = RPCServer(services: world.services, dispatcher: try exampleDispatcher())
        async let ending = server.run(on: transport)
        for chunk in chunks { transport.feed.yield(Array(chunk.utf8)) }
        transport.feed.finish()
        #expect(await ending == .endOfInput)
        return try transport.calls.withLock { $0 }.map { frames in
            try frames.map { try JSONValue(parsing: Array($0.dropLast())) }
        }
    }

    @Test("pings in one chunk are answered in one send, in order; the next chunk's in the next")
    func pingsOfAChunkLeaveTogether() async throws {
        let calls = try await serve([(1...5).map(ping).joined(), ping(6)])
        #expect(calls.map { $0.map { $0["id"]?.int } } == [[1, 2, 3, 4, 5], [6]])
    }

    @Test("an envelope error and a parse error in the same chunk as pings keep their place")
    func errorsKeepTheirPlace() async throws {
        let calls = try await serve([ping(1) + #"{"jsonrpc":"2.0","id":2}"# + "\n" + "{not json\n" + ping(4)])
        #expect(calls.count == 1)
        let values = try #require(calls.first)
        #expect(values.map { $0["id"]?.int } == [1, 2, nil, 4])
        #expect(values[1]["error"]?["code"]?.int == -32600)
        #expect(values[2]["error"]?["code"]?.int == -32700)
    }

    @Test("what the read loop answered goes out before a later request starts as a child task")
    func earlierAnswersLeaveBeforeAChildStarts() async throws {
        let subtract = #"{"jsonrpc":"2.0","id":2,"method":"subtract","params":[42,23]}"# + "\n"
        let calls = try await serve([ping(1) + subtract + ping(3)])
        #expect(calls.first?.map { $0["id"]?.int } == [1], "ping 1 is sent on its own, before request 2 runs")
        #expect(Set(calls.flatMap { $0.map { $0["id"]?.int } }) == [1, 2, 3])
    }

    @Test("StdioTransport writes several frames as one run of bytes, in order")
    func stdioWritesFramesTogether() async throws {
        let pipe = Pipe()
        let input = Pipe()
        let transport = try StdioTransport(input: input.fileHandleForReading.fileDescriptor, output: pipe.fileHandleForWriting.fileDescriptor)
        try transport.send(contentsOf: [Array("a\n".utf8), Array("bc\n".utf8), Array("d\n".utf8)])
        await transport.finish()
        try pipe.fileHandleForWriting.close()
        #expect(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "a\nbc\nd\n")
    }
}
