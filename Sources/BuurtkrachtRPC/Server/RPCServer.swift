public import Buurtkracht
import BuurtkrachtJSON
public import Logging

/// A JSON-RPC 2.0 server: reads messages from a transport, runs them concurrently through a
/// dispatcher, and writes the responses in the client's framing.
///
/// ```swift
/// let dispatcher = try RPCRegistryBuilder.buurtkracht().build()
/// let server = RPCServer(services: services, dispatcher: dispatcher, logger: logger)
/// let ending = await server.run(on: try StdioTransport.protectingStandardOutput())
/// exit(ending.exitStatus)
/// ```
///
/// Structure: ``run(on:)`` is one structured scope. Its own task is the read loop — chunks from
/// the transport, frames from a ``FrameDecoder``, envelopes checked in order — run on the
/// transport's ``MessageTransport/readLoopExecutor`` when it offers one, and every
/// request (or batch) runs as a child task of a discarding task group on the global pool,
/// bounded by ``Configuration/maxConcurrentRequests``. Responses may therefore come out of order.
/// `initialize` and `shutdown` are barriers: the read loop waits for them (and `shutdown` for
/// everything in flight) before reading on; methods that never wait (`ping`, see
/// ``RPCMethod/runsInReadLoop``) are answered in the loop itself. Notifications never get a response. End of input
/// ends the loop; the scope then waits for the requests in flight, and the transport writes
/// what is queued before ``run(on:)`` returns.
public struct RPCServer: Sendable {
    /// The services methods call.
    public let services: Services
    /// The method table.
    public let dispatcher: RPCDispatcher
    /// Size limit, framing and concurrency.
    public let configuration: Configuration
    /// Where the server logs (never params or results). Defaults to discarding everything:
    /// the library never configures logging; the application does.
    public let logger: Logger

    /// Creates a server.
    public init(
        services: Services,
        dispatcher: RPCDispatcher,
        configuration: Configuration = Configuration(),
        logger: Logger = Logger(label: "buurtkracht.rpc", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.services = services
        self.dispatcher = dispatcher
        self.configuration = configuration
        self.logger = logger
    }

    /// Serves one session over `transport` until `exit` or end of input.
    public func run(on transport: some MessageTransport) async -> Ending {
        let session = RPCSession(maxMessageSize: configuration.sizeLimit)
        let gate = RequestGate(limit: configuration.maxConcurrentRequests)
        var ending = Ending.endOfInput
        await withTaskExecutorPreference(transport.readLoopExecutor) {
            await withDiscardingTaskGroup { group in
                var reader = InputReader(configuration: configuration, transport: transport, logger: logger)
                // Responses made in the read loop itself (pings, envelope errors) wait until
                // the chunk's last frame is read, or until a request is handed to a child task,
                // then go out in one write: a client that pipelines many pings gets one
                // `write(2)` per chunk instead of one per ping, and no answer overtakes one to an
                // earlier message.
                var answered = ReadLoopResponses()
                do {
                    reading: for try await chunk in transport.receive() {
                        reader.append(chunk)
                        while let event = reader.next() {
                            switch event {
                            case .frame(let body, let writer):
                                await handleFrame(body, writer: writer, session: session, gate: gate, answered: &answered, group: &group)
                                if session.exitRequested {
                                    ending = .exit(afterShutdown: session.wasShutDown)
                                    break reading
                                }
                            case .problem(let error, let writer):
                                answered.append(ResponseEncoder.error(error, id: .null), to: writer)
                            }
                        }
                        answered.send()
                    }
                    answered.send()
                } catch let error as RPCTransportError {
                    answered.send()
                    logger.error("Reading the input failed", metadata: ["error": "\(error)"])
                    ending = .inputFailed(error)
                } catch {
                    answered.send()
                    ending = .inputFailed(RPCTransportError(operation: "read"))
                }
            }
        }
        await transport.finish()
        logger.debug("Server stopped", metadata: ["ending": "\(ending)"])
        return ending
    }

    // MARK: Messages

    /// Handles one frame. A response made here in the read loop joins `answered`; requests
    /// that run as child tasks send their own, after what `answered` holds.
    private func handleFrame(
        _ body: [UInt8],
        writer: ResponseWriter,
        session: RPCSession,
        gate: RequestGate,
        answered: inout ReadLoopResponses,
        group: inout DiscardingTaskGroup
    ) async {
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: body)
        } catch let error as JSONError {
            answered.append(ResponseEncoder.error(.parseError(error.message), id: .null), to: writer)
            return
        } catch {
            answered.append(ResponseEncoder.error(.parseError("the message is not valid JSON."), id: .null), to: writer)
            return
        }
        let root = document.root
        if root.kind == .array {
            let members = root.elements.map(RPCMessage.init)
            guard !members.isEmpty else {
                answered.append(
                    ResponseEncoder.error(.invalidRequest("a batch must hold at least one request; an empty array is not a batch."), id: .null),
                    to: writer)
                return
            }
            answered.send()
            await gate.acquire()
            group.addTask(executorPreference: globalConcurrentExecutor) {
                let responses = await runBatch(members, session: session)
                if !responses.isEmpty { writer.send(ResponseEncoder.batch(responses)) }
                gate.release()
            }
            return
        }
        switch RPCMessage(root) {
        case .invalid(let id, let error):
            answered.append(ResponseEncoder.error(error, id: id), to: writer)
        case .notification(let method, let params):
            if method == Exit.name || method == CancelRequest.name {
                // Handled in order, at once: they steer the loop and the requests in flight.
                _ = await dispatcher.dispatch(method, params: params, context: context(method, nil, session))
                return
            }
            await gate.acquire()
            group.addTask(executorPreference: globalConcurrentExecutor) {
                _ = await dispatcher.dispatch(method, params: params, context: context(method, nil, session))
                gate.release()
            }
        case .request(let id, let method, let params):
            if dispatcher.runsInReadLoop(method) {
                answered.append(await respond(id, method, params, session), to: writer)
                return
            }
            answered.send()
            if method == Initialize.name || method == Shutdown.name {
                if method == Shutdown.name { await gate.waitUntilIdle() }
                writer.send(await respond(id, method, params, session))
                return
            }
            let ticket = session.inFlight.register(id)
            await gate.acquire()
            group.addTask(executorPreference: globalConcurrentExecutor) {
                let response = await session.inFlight.run(id, ticket) { await respond(id, method, params, session) }
                writer.send(response ?? ResponseEncoder.error(.requestCancelled(), id: id))
                gate.release()
            }
        }
    }

    /// The members of a batch, run concurrently; the responses in the members' order (none for
    /// notifications).
    private func runBatch(_ members: [RPCMessage], session: RPCSession) async -> [[UInt8]] {
        await withTaskGroup(of: (Int, [UInt8]?).self) { group in
            for (index, member) in members.enumerated() {
                group.addTask(executorPreference: globalConcurrentExecutor) {
                    switch member {
                    case .invalid(let id, let error):
                        return (index, ResponseEncoder.error(error, id: id))
                    case .notification(let method, let params):
                        _ = await dispatcher.dispatch(method, params: params, context: context(method, nil, session))
                        return (index, nil)
                    case .request(let id, let method, let params):
                        let ticket = session.inFlight.register(id)
                        let response = await session.inFlight.run(id, ticket) { await respond(id, method, params, session) }
                        return (index, response ?? ResponseEncoder.error(.requestCancelled(), id: id))
                    }
                }
            }
            var responses: [(Int, [UInt8])] = []
            for await (index, response) in group {
                if let response { responses.append((index, response)) }
            }
            return responses.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    private func respond(_ id: RPCRequestID, _ method: String, _ params: JSONNode?, _ session: RPCSession) async -> [UInt8] {
        switch await dispatcher.dispatch(method, params: params, context: context(method, id, session)) {
        case .success(let result): ResponseEncoder.result(result, id: id)
        case .failure(let error): ResponseEncoder.error(error, id: id)
        }
    }

    private func context(_ method: String, _ id: RPCRequestID?, _ session: RPCSession) -> RPCRequestContext {
        RPCRequestContext(services: services, session: session, id: id, method: method, logger: logger, dispatcher: dispatcher)
    }
}
