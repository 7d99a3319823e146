/// Work waiting for one drain at a time: whoever adds to an idle queue starts the drain, which
/// takes what waits, turn after turn, until nothing is left; what arrives meanwhile waits for
/// its next turn. Kept inside a `Mutex` by its owner (``GroupCommit``, ``WALSync``).
struct DrainQueue<Item> {
    /// What waits for the next turn, in arrival order.
    private(set) var waiting: [Item] = []
    /// Whether a drain is queued or running; it takes every waiting item before it ends.
    private var isDraining = false

    /// Adds `item`; true when the caller must start the drain (none was running).
    mutating func add(_ item: Item) -> Bool {
        waiting.append(item)
        guard !isDraining else { return false }
        isDraining = true
        return true
    }

    /// The next turn: at most `limit` waiting items, oldest first. Empty when nothing waits,
    /// which ends the drain.
    mutating func take(upTo limit: Int = .max) -> [Item] {
        let turn = Array(waiting.prefix(limit))
        waiting.removeFirst(turn.count)
        if turn.isEmpty { isDraining = false }
        return turn
    }

    /// Puts `items` back in front of what waits, for the next turn of the running drain.
    mutating func putBack(_ items: some Collection<Item>) {
        waiting.insert(contentsOf: items, at: 0)
    }
}
