import Buurtkracht
import BuurtkrachtJSON
import BuurtkrachtPrivacy
import BuurtkrachtRPC
import BuurtkrachtTesting
import Foundation

/// A server running in this process over an ``InMemoryTransport``, with a test neighbourhood,
/// and a client side that writes frames and reads responses.
final class ServerHarness: Sendable {
    let transport = InMemoryTransport()
    let world: TestNeighbourhood
    let framing: MessageFraming
    private let ending: Task<RPCServer.Ending, Never>
    private let responses: AsyncStream<[UInt8]>.Iterator.Box

    init(framing: MessageFraming = .newlineDelimited, configuration: RPCServer.Configuration = RPCServer.Configuration()) async throws {
        world = try await TestNeighbourhood.make()
        self.framing = framing
        let server = RPCServer(services: world.services, dispatcher: try exampleDispatcher(), configuration: configuration)
        let transport = transport
        ending = Task { await server.run(on: transport) }
        responses = AsyncStream<[UInt8]>.Iterator.Box(transport.output.makeAsyncIterator())
    }

    /// Issues a token for `context`'s professional and returns its secret.
    func token(for context: AccessContext) async throws -> String {
        let secret = AccessTokenSecret.generate()
        _ = try await world.services.directory.storeToken(
            hash: secret.hash, for: context.professional, purpose: context.purpose, expiresAt: nil, context: world.administrator
        )
        return secret.text
    }

    /// Sends one message body in the harness's framing.
    func send(_ body: String) {
        transport.write(FrameEncoder(framing: framing).frame(Array(body.utf8)))
    }

    /// Sends raw bytes.
    func sendRaw(_ bytes: [UInt8]) {
        transport.write(bytes)
    }

    /// The next response body (framing removed), or nil when the server has finished.
    func next() async -> [UInt8]? {
        guard let frame = await responses.next() else { return nil }
        var decoder = FrameDecoder(framing: framing, sizeLimit: .max)
        decoder.append(frame)
        if case .frame(let body)? = decoder.next() { return body }
        return frame
    }

    /// The next response, parsed.
    func nextValue() async throws -> JSONValue? {
        guard let body = await next() else { return nil }
        return try JSONValue(parsing: body)
    }

    /// Sends a request and returns the next response.
    func call(_ body: String) async throws -> JSONValue {
        send(body)
        guard let value = try await nextValue() else { throw HarnessError.serverEnded }
        return value
    }

    /// Signs the session in as `context`.
    func initialize(as context: AccessContext) async throws {
        let token = try await token(for: context)
        let response = try await call(#"{"jsonrpc":"2.0","id":"init","method":"initialize","params":{"token":"\#(token)"}}"#)
        guard response["result"] != nil else { throw HarnessError.unexpected(response) }
    }

    /// Ends the input and waits for the server.
    func finish() async -> RPCServer.Ending {
        transport.closeInput()
        return await ending.value
    }

    /// The server's ending, once it stopped by itself.
    var ended: RPCServer.Ending { get async { await ending.value } }

    enum HarnessError: Error {
        case serverEnded
        case unexpected(JSONValue)
    }
}

extension AsyncStream.Iterator {
    /// A box that lets a `Sendable` class own a mutable iterator; tests read it from one task.
    final class Box: @unchecked Sendable {
        private var iterator: AsyncStream<Element>.Iterator
        init(_ iterator: AsyncStream<Element>.Iterator) { self.iterator = iterator }
        func next() async -> Element? { await iterator.next() }
    }
}
