import Synchronization

/// Bounds the number of requests in flight: the read loop takes a slot before it starts a
/// request and waits when none is free, so a client that pipelines faster than the server
/// works is slowed down instead of filling memory with tasks.
final class RequestGate: Sendable {
    private struct State {
        var available: Int
        var inFlight = 0
        var waiters: [CheckedContinuation<Void, Never>] = []
        var idleWaiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state: Mutex<State>

    init(limit: Int) {
        state = Mutex(State(available: max(1, limit)))
    }

    /// Takes a slot, waiting for one when all are taken.
    func acquire() async {
        let acquired = state.withLock { state -> Bool in
            guard state.available > 0 else { return false }
            state.available -= 1
            state.inFlight += 1
            return true
        }
        if acquired { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now = state.withLock { state -> Bool in
                if state.available > 0 {
                    state.available -= 1
                    state.inFlight += 1
                    return true
                }
                state.waiters.append(continuation)
                return false
            }
            if now { continuation.resume() }
        }
    }

    /// Gives a slot back: to a waiting reader, or to the pool.
    func release() {
        var resumed: [CheckedContinuation<Void, Never>] = []
        state.withLock { state in
            if !state.waiters.isEmpty {
                resumed.append(state.waiters.removeFirst())
                return
            }
            state.available += 1
            state.inFlight -= 1
            if state.inFlight == 0 {
                resumed = state.idleWaiters
                state.idleWaiters = []
            }
        }
        for continuation in resumed { continuation.resume() }
    }

    /// Waits until no request is in flight.
    func waitUntilIdle() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let idle = state.withLock { state -> Bool in
                if state.inFlight == 0 { return true }
                state.idleWaiters.append(continuation)
                return false
            }
            if idle { continuation.resume() }
        }
    }
}
