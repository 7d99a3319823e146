public import Buurtkracht
import Synchronization

/// The state of one client connection: who signed in, whether it is shutting down, and the
/// requests in flight (for `$/cancelRequest`).
///
/// Sessions go `awaitingInitialize` → `active` (after `initialize`) → `shuttingDown` (after
/// `shutdown`); `exit` ends them.
public final class RPCSession: Sendable {
    /// Where a session is in its life.
    public enum Phase: Sendable, Hashable {
        /// Before a successful `initialize`.
        case awaitingInitialize
        /// Signed in.
        case active
        /// After `shutdown`: only `exit` is accepted.
        case shuttingDown
    }

    private struct State {
        var phase = Phase.awaitingInitialize
        var access: AccessContext?
        var exitRequested = false
        var wasShutDown = false
    }

    private let state = Mutex(State())
    let inFlight = InFlightRequests()

    /// The largest message the server accepts, in bytes (reported by `initialize`).
    public let maxMessageSize: Int

    /// Creates a session awaiting `initialize`.
    public init(maxMessageSize: Int = RPCServer.Configuration.defaultSizeLimit) {
        self.maxMessageSize = maxMessageSize
    }

    /// The phase.
    public var phase: Phase { state.withLock { $0.phase } }

    /// The signed-in caller's access context, once initialized.
    public var accessContext: AccessContext? { state.withLock { $0.access } }

    /// Whether `exit` was received.
    public var exitRequested: Bool { state.withLock { $0.exitRequested } }

    /// Whether `shutdown` was received before `exit` (the clean way to end, as in LSP).
    public var wasShutDown: Bool { state.withLock { $0.wasShutDown } }

    /// Signs the session in.
    ///
    /// - Throws: -32600 when the session was initialized already.
    func activate(_ access: AccessContext) throws(RPCError) {
        let activated = state.withLock { state -> Bool in
            guard state.phase == .awaitingInitialize else { return false }
            state.phase = .active
            state.access = access
            return true
        }
        guard activated else {
            throw RPCError.invalidRequest("the session is initialized already; 'initialize' is called once per session.")
        }
    }

    /// Enters the shutting-down phase.
    func beginShutdown() {
        state.withLock {
            $0.phase = .shuttingDown
            $0.wasShutDown = true
        }
    }

    /// Marks the session for exit.
    func requestExit() {
        state.withLock { $0.exitRequested = true }
    }

    /// Cancels the request in flight with `id`; false when there is none.
    @discardableResult
    public func cancelRequest(_ id: RPCRequestID) -> Bool {
        inFlight.cancel(id)
    }
}
