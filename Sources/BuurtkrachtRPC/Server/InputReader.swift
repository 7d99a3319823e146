import Logging

/// The read loop's view of the input: detects the client's framing from the first bytes,
/// splits frames, and pairs each event with the writer that answers in that framing.
struct InputReader {
    /// A message to handle, or a problem to answer with an error.
    enum Event {
        case frame([UInt8], ResponseWriter)
        case problem(RPCError, ResponseWriter)
    }

    private let configuration: RPCServer.Configuration
    private let transport: any MessageTransport
    private let logger: Logger
    private var decoder: FrameDecoder?
    private var writer: ResponseWriter?
    private var undetected: [UInt8] = []

    init(configuration: RPCServer.Configuration, transport: any MessageTransport, logger: Logger) {
        self.configuration = configuration
        self.transport = transport
        self.logger = logger
        if let framing = configuration.framing { start(framing) }
    }

    /// Adds a chunk of input.
    mutating func append(_ chunk: [UInt8]) {
        if decoder != nil {
            decoder?.append(chunk)
            return
        }
        undetected.append(contentsOf: chunk)
        guard let framing = MessageFraming.detect(undetected) else { return }
        start(framing)
        decoder?.append(undetected)
        undetected = []
    }

    /// The next event, or nil when more input is needed.
    mutating func next() -> Event? {
        guard let writer, let event = decoder?.next() else { return nil }
        switch event {
        case .frame(let body):
            return .frame(body, writer)
        case .oversized:
            logger.warning("Message over the size limit skipped", metadata: ["limit": "\(configuration.sizeLimit)"])
            return .problem(.messageTooLarge(limit: configuration.sizeLimit), writer)
        case .malformedHeader(let reason):
            return .problem(.parseError(reason), writer)
        }
    }

    private mutating func start(_ framing: MessageFraming) {
        logger.debug("Framing detected", metadata: ["framing": "\(framing.rawValue)"])
        decoder = FrameDecoder(framing: framing, sizeLimit: configuration.sizeLimit)
        writer = ResponseWriter(transport: transport, encoder: FrameEncoder(framing: framing), logger: logger)
    }
}
