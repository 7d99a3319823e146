internal import CJSONC
import Synchronization

/// A json-c tokener pointer that may be handed between threads.
///
/// `@unchecked Sendable` is sound because a handle is only ever used by one thread at a time:
/// it is either inside the pool's mutex-protected array, or owned exclusively by the single
/// `JSONCParser.parse` call that took it out, which returns it (reset) before finishing.
struct TokenerHandle: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<json_tokener>
}

/// A small process-wide cache of json-c tokeners for the default depth.
///
/// Creating and freeing a tokener per parse costs measurably (allocations of the parse stack and
/// string buffer, and the frees trigger glibc consolidation); reusing them was ~20% faster on a
/// 12 KB document. The pool is bounded so that bursts do not retain memory forever.
final class TokenerPool: Sendable {
    static let shared = TokenerPool()

    private let free = Mutex<[TokenerHandle]>([])
    private static let capacity = 16

    /// Takes a tokener configured for `depth`, creating one if the pool is empty.
    func take(depth: Int32) -> TokenerHandle? {
        if let handle = free.withLock({ $0.popLast() }) {
            return handle
        }
        return json_tokener_new_ex(depth).map(TokenerHandle.init(pointer:))
    }

    /// Resets `handle` and keeps it for reuse, or frees it if the pool is full.
    func give(back handle: TokenerHandle) {
        json_tokener_reset(handle.pointer)
        let kept = free.withLock { pool -> Bool in
            guard pool.count < TokenerPool.capacity else { return false }
            pool.append(handle)
            return true
        }
        if !kept { json_tokener_free(handle.pointer) }
    }
}
