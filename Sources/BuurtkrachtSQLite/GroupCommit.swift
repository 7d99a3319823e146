import Buurtkracht
import GRDB
import Synchronization

/// Runs concurrent writes together: the units of work that queue up while a transaction runs
/// become the next transaction, each unit in its own savepoint, and commit with one COMMIT —
/// one `fsync` for the whole batch instead of one per unit.
///
/// What each caller of ``write(on:replayable:_:)`` sees is what a transaction of its own would give:
/// - its unit's changes commit, or none of them do; a unit that throws rolls back only its own
///   savepoint and gets its own error, while the other units of the batch commit;
/// - a unit sees the changes of the units before it in the batch (they run one after another,
///   in the order they arrived);
/// - `write` returns only after the COMMIT that holds its changes is durable (on a file, once
///   ``WALSync`` has flushed it, while the writer already runs the next batch); when the COMMIT
///   or its flush fails, every unit whose changes were in it gets that error (a unit that failed
///   on its own keeps its own error: it had nothing to commit).
///
/// The savepoints cost: SQLite copies every page a savepoint changes, to roll back to it; for
/// `signals.report` that is about a third of what SQLite spends on the report's rows. When
/// every unit of a batch is *replayable* (``Buurtkracht/Storage/writeAllowingReplay(_:)``),
/// the batch first runs without them. A unit that fails without having changed anything
/// needs nothing undone; one that fails after a change rolls the whole batch back, and the
/// batch runs again, each unit in its own savepoint, so that each caller still gets its own
/// outcome. Only the committing run's results are returned.
///
/// A lone write does not wait for a timer or for company: it starts a transaction at once, and
/// whatever arrives while that transaction runs forms the next one, up to ``batchLimit`` units.
/// The batches run on the GRDB writer's own serial queue, so that they never overlap and never
/// depend on the cancellation of the task that happened to start them: once queued, a unit runs
/// and its caller learns the outcome.
final class GroupCommit: Sendable {
    /// The most units one transaction takes; the rest wait for the next one.
    let batchLimit: Int

    private let pending = Mutex(DrainQueue<PendingWrite>())
    private let commits = Atomic<Int>(0)

    /// How many batch transactions have committed so far; a lone write counts as one.
    var committedBatches: Int { commits.load(ordering: .relaxed) }

    private let generations = Atomic<Int>(0)

    /// Changes whenever a unit may see the open transaction differently from how the unit
    /// before it left it: at each BEGIN, and after a unit's savepoint is rolled back. State that
    /// units share (``AuditTail``) is valid while it stays the same. Read it on the writer.
    var generation: Int { generations.load(ordering: .relaxed) }

    /// How many units wait for the next transaction (not those of the running one).
    var waitingCount: Int { pending.withLock { $0.waiting.count } }

    /// Makes each committed batch durable before its callers hear of it; nil when the commit
    /// itself is all there is (a database in memory).
    let walSync: WALSync?

    /// Creates a batcher that puts at most `batchLimit` units in one transaction and, with a
    /// `walSync`, answers a batch only once its commit is flushed to the disk.
    init(batchLimit: Int = 512, walSync: WALSync?) {
        self.batchLimit = max(1, batchLimit)
        self.walSync = walSync
    }

    /// Runs `work` on the connection in the next batch on `writer` and returns its result once
    /// the batch's COMMIT is durable. SQLite's errors come out as
    /// ``Buurtkracht/BuurtkrachtError``; the closure's own errors pass unchanged. A
    /// `replayable` unit may run more than once (see the type's notes).
    func write<T: Sendable>(
        on writer: any DatabaseWriter,
        replayable: Bool = false,
        _ work: @escaping @Sendable (Database) throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let unit = PendingWrite(work: work, replayable: replayable, continuation: continuation)
            if pending.withLock({ $0.add(unit) }) {
                writer.asyncWriteWithoutTransaction { db in self.drain(db) }
            }
        }
    }

    /// Commits batch after batch until no unit is waiting.
    private func drain(_ db: Database) {
        while true {
            let batch = pending.withLock { $0.take(upTo: batchLimit) }
            guard !batch.isEmpty else { return }
            commit(batch, in: db)
        }
    }

    /// Runs one batch in one transaction and answers every unit in it; without savepoints
    /// first when every unit is replayable.
    private func commit(_ batch: [PendingWrite], in db: Database) {
        commit(batch, in: db, savepoints: !batch.allSatisfy(\.replayable))
    }

    private func commit(_ batch: [PendingWrite], in db: Database, savepoints: Bool) {
        do {
            try db.beginTransaction(.immediate)
        } catch {
            let failure = Self.mapped(error)
            for unit in batch { unit.fail(failure) }
            return
        }
        generations.add(1, ordering: .relaxed)
        // A lone unit needs no savepoint: the transaction is its own. Savepoints are not free:
        // SQLite keeps the original of every page a savepoint changes, to roll back to it.
        let isAlone = batch.count == 1
        var outcomes: [WriteOutcome] = []
        outcomes.reserveCapacity(batch.count)
        for (index, unit) in batch.enumerated() {
            let changesBefore = db.totalChangesCount
            let outcome = unit.run(db, savepoints && !isAlone)
            outcomes.append(outcome)
            guard case .failed(let error) = outcome.result else { continue }
            generations.add(1, ordering: .relaxed)
            if !savepoints && !isAlone {
                // SQLite undoes a failed statement by itself, so a unit that failed before any
                // of its statements completed left the transaction as it found it.
                if db.isInsideTransaction && db.totalChangesCount == changesBefore { continue }
                // Its changes cannot be told from the others': run the batch again, guarded.
                rollback(db)
                commit(batch, in: db, savepoints: true)
                return
            }
            if isAlone || !db.isInsideTransaction {
                // A lone unit failed, or a unit's failure (a full disk, an I/O error) rolled
                // back the whole transaction: the units before it lost their changes and share
                // its error; the units after it have not run and go first into the next batch.
                rollback(db)
                for earlier in outcomes { earlier.answer(error) }
                let rest = batch[(index + 1)...]
                pending.withLock { $0.putBack(rest) }
                return
            }
        }
        do {
            try db.commit()
        } catch {
            let failure = Self.mapped(error)
            rollback(db)
            for outcome in outcomes { outcome.answer(failure) }
            return
        }
        commits.add(1, ordering: .relaxed)
        guard let walSync else {
            for outcome in outcomes { outcome.answer(nil) }
            return
        }
        // The writer goes on with the next batch while this one's commit is flushed.
        walSync.afterCommit { [outcomes] failure in
            for outcome in outcomes { outcome.answer(failure) }
        }
    }

    /// Ends the open transaction, if SQLite has not ended it already, without its changes.
    private func rollback(_ db: Database) {
        do {
            try db.rollback()
        } catch {
            // Nothing more to tell the callers: each of them already gets the error that
            // caused the rollback.
        }
    }

    /// Runs `body` in a savepoint of the open transaction: its changes stay when it returns
    /// and are rolled back when it throws.
    ///
    /// Through cached statements: GRDB's `inSavepoint` prepares its statements anew on every
    /// call, which cost a fifth of a batch's time for `signals.report`. When the savepoint cannot
    /// be rolled back, the whole transaction is, so that a failed unit never commits in part.
    fileprivate static func inSavepoint(_ db: Database, _ body: () throws -> Void) throws {
        try db.cachedStatement(sql: "SAVEPOINT buurtkracht_unit").execute()
        do {
            try body()
        } catch {
            if db.isInsideTransaction {
                do {
                    try db.cachedStatement(sql: "ROLLBACK TRANSACTION TO SAVEPOINT buurtkracht_unit").execute()
                    try db.cachedStatement(sql: "RELEASE SAVEPOINT buurtkracht_unit").execute()
                } catch {
                    try db.rollback()
                }
            }
            throw error
        }
        try db.cachedStatement(sql: "RELEASE SAVEPOINT buurtkracht_unit").execute()
    }

    /// SQLite's errors as ``Buurtkracht/BuurtkrachtError``; other errors unchanged.
    fileprivate static func mapped(_ error: any Error) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        return SQLiteErrorMapping.error(from: error, table: nil)
    }
}

/// One caller's unit of work, waiting for a transaction.
private struct PendingWrite: Sendable {
    /// Runs the work in the open transaction: in a savepoint of its own, or directly when it
    /// is the transaction's only unit.
    let run: @Sendable (_ db: Database, _ inSavepoint: Bool) -> WriteOutcome
    /// Answers the caller with `error` without running the work.
    let fail: @Sendable (any Error) -> Void
    /// Whether the work may run again after a rolled-back run (its result then dropped).
    let replayable: Bool

    init<T: Sendable>(
        work: @escaping @Sendable (Database) throws -> T,
        replayable: Bool,
        continuation: CheckedContinuation<T, any Error>
    ) {
        self.replayable = replayable
        fail = { continuation.resume(throwing: $0) }
        run = { db, inSavepoint in
            var result: Result<T, any Error>?
            do {
                if inSavepoint {
                    try GroupCommit.inSavepoint(db) {
                        result = .success(try work(db))
                    }
                } else {
                    result = .success(try work(db))
                }
            } catch {
                // Also when the work succeeded but its savepoint could not be released.
                result = .failure(GroupCommit.mapped(error))
            }
            switch result {
            case .success(let value):
                return WriteOutcome(result: .succeeded) { failure in
                    if let failure { continuation.resume(throwing: failure) } else { continuation.resume(returning: value) }
                }
            case .failure(let error):
                return WriteOutcome(result: .failed(error)) { _ in continuation.resume(throwing: error) }
            case nil:
                let error = SQLiteErrorMapping.bug("a unit of work neither returned nor threw")
                return WriteOutcome(result: .failed(error)) { _ in continuation.resume(throwing: error) }
            }
        }
    }
}

/// What became of one unit in its batch's transaction, and how to answer its caller.
private struct WriteOutcome: Sendable {
    enum Result: Sendable {
        /// The unit's changes are in the transaction and commit with it.
        case succeeded
        /// The unit's savepoint was rolled back; the caller gets this error.
        case failed(any Error)
    }

    let result: Result
    /// Answers the caller, once: with the given error when the unit's changes did not commit
    /// after all (a failed unit ignores it and keeps its own error), or else with its result.
    let answer: @Sendable (_ overriding: (any Error)?) -> Void
}
