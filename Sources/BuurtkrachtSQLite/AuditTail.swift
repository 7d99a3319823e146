import Buurtkracht
import Synchronization

/// The last entry of the audit log as the writer last read or appended it, kept between the
/// units of one group-commit transaction.
///
/// Every unit that audits needs the last entry to chain its own to, and reading it back was a
/// twentieth of the writer's time for `signals.report`. Within one transaction nobody else
/// writes (the writer holds SQLite's write lock from BEGIN IMMEDIATE to COMMIT), so what one unit
/// appended is what the next one would read, unless a unit's savepoint was rolled back.
/// ``GroupCommit/generation`` changes at both moments, and an entry remembered under an older
/// generation is never handed out: the first unit of each transaction reads the log again, so a
/// second process that appended between two transactions is always seen.
final class AuditTail: Sendable {
    private struct Known {
        let generation: Int
        let entry: AuditEntry?
    }

    private let known = Mutex<Known?>(nil)

    /// The last entry remembered under `generation`: `.some(nil)` for a log known to be empty,
    /// nil when nothing is known.
    func entry(at generation: Int) -> AuditEntry?? {
        known.withLock { known in
            guard let known, known.generation == generation else { return nil }
            return .some(known.entry)
        }
    }

    /// Remembers `entry` (nil: the log is empty) as the last one under `generation`.
    func remember(_ entry: AuditEntry?, at generation: Int) {
        known.withLock { $0 = Known(generation: generation, entry: entry) }
    }

    /// Forgets the last entry: after a change that may have altered it.
    func forget() {
        known.withLock { $0 = nil }
    }
}
