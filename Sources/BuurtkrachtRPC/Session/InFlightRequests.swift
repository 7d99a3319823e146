import Synchronization

/// The table of requests in flight, by id, so that `$/cancelRequest` can cancel the task that
/// runs one.
///
/// The read loop registers a request before it spawns the task (so a cancellation that arrives
/// right after the request is never lost); the task attaches itself when it starts and detaches
/// before it ends.
final class InFlightRequests: Sendable {
    /// A running task, kept only while the task itself is inside ``run(_:_:)``.
    ///
    /// `@unchecked Sendable`, and sound: `UnsafeCurrentTask` must not outlive its task or be used
    /// concurrently with the task's end. The handle is stored by the task itself at the start of
    /// ``run(_:_:)`` and removed by the same task before ``run(_:_:)`` returns, both under the
    /// table's lock; ``cancel(_:)`` only calls `cancel()` (which is thread-safe) under that same
    /// lock. So every use happens while the task is alive and still inside `run`.
    private struct TaskHandle: @unchecked Sendable {
        let task: UnsafeCurrentTask
    }

    private struct Entry {
        let ticket: UInt64
        var task: TaskHandle?
        var cancelled = false
    }

    private struct Table {
        var entries: [RPCRequestID: Entry] = [:]
        var nextTicket: UInt64 = 0
    }

    private let table = Mutex(Table())

    /// Registers a request about to start; returns its ticket.
    func register(_ id: RPCRequestID) -> UInt64 {
        table.withLock { table in
            table.nextTicket += 1
            table.entries[id] = Entry(ticket: table.nextTicket)
            return table.nextTicket
        }
    }

    /// Runs `body` in the current task as the request `id`, unless it was cancelled before it
    /// started (then `body` does not run and the result is nil).
    func run<T: Sendable>(_ id: RPCRequestID, _ ticket: UInt64, _ body: () async -> T) async -> T? {
        let proceed = withUnsafeCurrentTask { task -> Bool in
            table.withLock { table in
                guard var entry = table.entries[id], entry.ticket == ticket else { return true }
                guard !entry.cancelled else { return false }
                entry.task = task.map(TaskHandle.init)
                table.entries[id] = entry
                return true
            }
        }
        defer {
            table.withLock { table in
                if table.entries[id]?.ticket == ticket { table.entries[id] = nil }
            }
        }
        guard proceed else { return nil }
        return await body()
    }

    /// Cancels the request `id`; false when no such request is in flight.
    func cancel(_ id: RPCRequestID) -> Bool {
        table.withLock { table in
            guard var entry = table.entries[id] else { return false }
            entry.cancelled = true
            entry.task?.task.cancel()
            table.entries[id] = entry
            return true
        }
    }
}
