import BuurtkrachtRPC
import BuurtkrachtTestSupport
import Foundation

/// `buurtkracht serve` as a child process, driven over pipes: the test writes framed requests
/// to its stdin and reads frames from its stdout (with the library's own ``StdioTransport`` on
/// the client side, so reading never blocks a test task).
final class ServeProcess: Sendable {
    let process: Process
    let framing: MessageFraming
    private let client: StdioTransport
    private let frames: FrameStream

    init(database: URL, framing: MessageFraming, arguments: [String] = []) throws {
        let executable = try BuiltProducts.buurtkracht
        let input = Pipe()
        let output = Pipe()
        let process = Process()
        process.executableURL = executable
        process.arguments = ["serve", "--db", database.path, "--log-level", "warning"] + arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        self.framing = framing
        self.client = try StdioTransport(input: output.fileHandleForReading.fileDescriptor, output: input.fileHandleForWriting.fileDescriptor)
        self.frames = FrameStream(client.receive(), framing: framing)
        // The child holds its own copies; close ours so that EOF reaches it when we finish.
        try? input.fileHandleForReading.close()
        try? output.fileHandleForWriting.close()
        self.inputHandle = input.fileHandleForWriting
    }

    private let inputHandle: FileHandle

    /// Sends one message body.
    func send(_ body: String) throws {
        try client.send(FrameEncoder(framing: framing).frame(Array(body.utf8)))
    }

    /// Sends raw bytes.
    func sendRaw(_ bytes: [UInt8]) throws {
        try client.send(bytes)
    }

    /// The next response body, or nil at end of output.
    func next() async throws -> [UInt8]? {
        try await frames.next()
    }

    /// The next response, parsed.
    func nextValue() async throws -> JSONValue? {
        guard let body = try await next() else { return nil }
        return try JSONValue(parsing: body)
    }

    /// Sends a request and returns the next response.
    func call(_ body: String) async throws -> JSONValue {
        try send(body)
        guard let value = try await nextValue() else { throw Ended() }
        return value
    }

    /// Closes the child's stdin (after writing what is queued) and waits for it to exit.
    func closeInputAndWait() async -> Int32 {
        await client.finish()
        try? inputHandle.close()
        return await waitForExit()
    }

    /// Waits for the child to exit; its status.
    func waitForExit() async -> Int32 {
        while process.isRunning {
            try? await Task.sleep(for: .milliseconds(10))
        }
        return process.terminationStatus
    }

    struct Ended: Error {}
}

/// Frames from a stream of chunks.
final class FrameStream: @unchecked Sendable {
    // Read from one test task at a time.
    private var iterator: AsyncThrowingStream<[UInt8], any Error>.Iterator
    private var decoder: FrameDecoder

    init(_ stream: AsyncThrowingStream<[UInt8], any Error>, framing: MessageFraming) {
        iterator = stream.makeAsyncIterator()
        decoder = FrameDecoder(framing: framing, sizeLimit: .max)
    }

    func next() async throws -> [UInt8]? {
        while true {
            if case .frame(let body)? = decoder.next() { return body }
            guard let chunk = try await iterator.next() else { return nil }
            decoder.append(chunk)
        }
    }
}
