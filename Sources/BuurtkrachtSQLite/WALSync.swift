import Buurtkracht
import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes commits durable beside the writer instead of on it.
///
/// The writer connection commits with `synchronous = NORMAL`: in WAL mode SQLite then writes a
/// transaction's pages and its commit frame to the `-wal` file but does not flush the file to
/// the disk. ``afterCommit(_:)`` takes the answers of a committed batch, flushes the WAL on a
/// queue of its own, and only then answers, so a caller still learns of its write only once it
/// survives a power cut; meanwhile the writer runs the next batch. One flush covers every commit
/// written before it starts, so the batches that commit while a flush runs share the next one.
///
/// What NORMAL costs is spelled out in SQLite's documentation of the pragma: a power cut can
/// take back commits not yet flushed, whole transactions only (the WAL's frame checksums end
/// recovery at the first incomplete one), and the file stays consistent. No caller has been told
/// of such a commit yet. Readers of the same database may see a commit a few milliseconds before
/// its flush ends.
///
/// Checkpoints are SQLite's own and unchanged: with NORMAL it flushes the WAL before copying it
/// into the database file and flushes the database file after.
final class WALSync: Sendable {
    /// Answers a batch's callers: with nil once their commit is durable, or with the error that
    /// kept it from being made so.
    typealias Answer = @Sendable (_ failure: (any Error)?) -> Void

    private let flush: @Sendable () throws -> Void
    private let waiting = Mutex(DrainQueue<Answer>())
    private let queue = DispatchQueue(label: "Buurtkracht.WALSync")
    private let isDeferring = Atomic<Bool>(false)
    private let flushes = Atomic<Int>(0)

    /// Flushes the WAL of the database at `databasePath` (its `-wal` file), and once, before the
    /// first answer, the folder that holds it, so that the file's entry survives a power cut too.
    convenience init(databasePath: String) {
        let wal = databasePath + "-wal"
        let folder = URL(fileURLWithPath: databasePath).deletingLastPathComponent().path
        let folderFlushed = Atomic<Bool>(false)
        self.init {
            try Self.flushFile(atPath: wal, isFolder: false)
            if !folderFlushed.load(ordering: .acquiring) {
                try Self.flushFile(atPath: folder, isFolder: true)
                folderFlushed.store(true, ordering: .releasing)
            }
        }
    }

    /// Flushes with `flush`, which tests replace.
    init(flush: @escaping @Sendable () throws -> Void) {
        self.flush = flush
    }

    /// How many flushes have succeeded so far.
    var flushCount: Int { flushes.load(ordering: .relaxed) }

    /// Whether answers go out without a flush (see ``setDeferring(_:)``).
    var deferring: Bool { isDeferring.load(ordering: .acquiring) }

    /// Sets whether answers go out at once, without waiting for a flush: the bulk-loading mode,
    /// in which each batch carries its own checkpoint and the run's last write flushes all.
    func setDeferring(_ deferring: Bool) {
        isDeferring.store(deferring, ordering: .releasing)
    }

    /// Answers with `answer` once everything committed so far is on the disk. Call it right after
    /// a COMMIT returns, on the writer.
    func afterCommit(_ answer: @escaping Answer) {
        if deferring {
            answer(nil)
            return
        }
        if waiting.withLock({ $0.add(answer) }) {
            queue.async { self.drain() }
        }
    }

    /// Flushes now, on the calling thread: what the store opens with, so that its schema and
    /// key check are durable before the first write.
    func flushNow() throws {
        try flush()
        flushes.add(1, ordering: .relaxed)
    }

    /// Flushes and answers until no answer waits. Answers that arrive during a flush wait for
    /// the next one: their commits may have been written after the flush began.
    private func drain() {
        while true {
            let answers = waiting.withLock { $0.take() }
            guard !answers.isEmpty else { return }
            var failure: (any Error)?
            do {
                try flushNow()
            } catch {
                failure = error
            }
            for answer in answers { answer(failure) }
        }
    }

    /// `fdatasync` (`fsync` for a folder) on the file at `path`, opened for the purpose: the
    /// flush is the file's, whichever descriptor asks for it, and opening it each time never
    /// flushes a file that has since been replaced.
    private static func flushFile(atPath path: String, isFolder: Bool) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (isFolder ? O_DIRECTORY : 0))
        guard descriptor >= 0 else { throw flushError(path: path, errno: errno) }
        defer { close(descriptor) }
        while (isFolder ? fsync(descriptor) : fdatasync(descriptor)) != 0 {
            let code = errno
            if code != EINTR { throw flushError(path: path, errno: code) }
        }
    }

    private static func flushError(path: String, errno code: Int32) -> BuurtkrachtError {
        BuurtkrachtError(
            code: .storageUnavailable,
            message: "The change was saved, but the database's log could not be flushed to the disk (\(String(cString: strerror(code)))), "
                + "so it may be lost if the machine loses power. Check the disk, and read the record back before writing it again.",
            context: ["path": path, "errno": String(code)]
        )
    }
}
