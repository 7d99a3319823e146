import Buurtkracht
import BuurtkrachtRPC
import BuurtkrachtTesting
import Foundation
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
}
