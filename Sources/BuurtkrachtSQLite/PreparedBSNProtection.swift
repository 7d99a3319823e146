import Buurtkracht
import Foundation
import Synchronization

/// The store's ``Buurtkracht/BSNProtection`` with what ``Buurtkracht/BSNPreparingStorage``
/// prepared: look-up tokens and sealed values computed ahead on another thread, handed out to
/// the writer instead of being computed there.
///
/// Two generations are kept: the batch being written and the one being read. A sealed value
/// is handed out once (a second client with the same BSN gets a fresh one); a token as often as
/// asked. Whatever is not prepared is computed by the wrapped protection, so the results are
/// the same with or without preparing.
final class PreparedBSNProtection: BSNProtection {
    private struct Prepared: Sendable {
        var token: String
        var sealed: Data?
    }

    private struct Generations: Sendable {
        var current: [String: Prepared] = [:]
        var previous: [String: Prepared] = [:]
    }

    /// The integrator's protection.
    let base: any BSNProtection
    private let generations = Mutex(Generations())

    init(_ base: any BSNProtection) {
        self.base = base
    }

    /// Computes the tokens and sealed values of `bsns` on the calling thread and makes them the
    /// current generation; the current one becomes the previous, the previous is dropped.
    func prepare(_ bsns: [BSN]) {
        var prepared: [String: Prepared] = [:]
        prepared.reserveCapacity(bsns.count)
        for bsn in bsns where prepared[bsn.digits] == nil {
            // A value that cannot be sealed now is sealed, or reported, when it is stored.
            prepared[bsn.digits] = Prepared(token: base.lookupToken(for: bsn), sealed: try? base.seal(bsn))
        }
        generations.withLock { generations in
            generations.previous = generations.current
            generations.current = prepared
        }
    }

    /// Drops both generations.
    func discard() {
        generations.withLock { $0 = Generations() }
    }

    func lookupToken(for bsn: BSN) -> String {
        let token = generations.withLock { ($0.current[bsn.digits] ?? $0.previous[bsn.digits])?.token }
        return token ?? base.lookupToken(for: bsn)
    }

    func seal(_ bsn: BSN) throws -> Data {
        let sealed = generations.withLock { generations -> Data? in
            if let sealed = generations.current[bsn.digits]?.sealed {
                generations.current[bsn.digits]?.sealed = nil
                return sealed
            }
            let sealed = generations.previous[bsn.digits]?.sealed
            generations.previous[bsn.digits]?.sealed = nil
            return sealed
        }
        return try sealed ?? base.seal(bsn)
    }

    func open(_ sealed: Data) throws -> BSN {
        try base.open(sealed)
    }

    var keyCheck: String { base.keyCheck }
}
