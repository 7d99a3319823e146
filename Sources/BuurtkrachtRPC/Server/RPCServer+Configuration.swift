extension RPCServer {
    /// How the server reads and bounds its input.
    public struct Configuration: Sendable, Hashable {
        /// The default size limit: 16 MiB.
        public static let defaultSizeLimit = 16 * 1024 * 1024

        /// The largest message accepted, in bytes; a larger one is answered with -32004 and skipped.
        public var sizeLimit: Int
        /// The framing to expect; nil to detect it from the first bytes (the default).
        public var framing: MessageFraming?
        /// The default bound on requests in flight: 1 024. Enough for the SQLite store's group
        /// commit to have the next batch of writes (up to 512) queued while one is flushed to the
        /// disk; with 256, pipelined `signals.report` ran about a tenth slower.
        public static let defaultMaxConcurrentRequests = 1024

        /// The most requests (or batches) running at once; the reader waits for a free slot.
        public var maxConcurrentRequests: Int

        /// Creates a configuration.
        public init(sizeLimit: Int = defaultSizeLimit, framing: MessageFraming? = nil, maxConcurrentRequests: Int = defaultMaxConcurrentRequests) {
            self.sizeLimit = sizeLimit
            self.framing = framing
            self.maxConcurrentRequests = maxConcurrentRequests
        }
    }

    /// Why ``RPCServer/run(on:)`` returned.
    public enum Ending: Sendable, Hashable {
        /// The input ended (end of file on stdin).
        case endOfInput
        /// `exit` was received; `afterShutdown` tells whether `shutdown` came first.
        case exit(afterShutdown: Bool)
        /// Reading failed.
        case inputFailed(RPCTransportError)

        /// The process exit status, as LSP prescribes: 1 for `exit` without `shutdown`, else 0
        /// (2 when the input failed).
        public var exitStatus: Int32 {
            switch self {
            case .endOfInput: 0
            case .exit(let afterShutdown): afterShutdown ? 0 : 1
            case .inputFailed: 2
            }
        }
    }
}
