import Buurtkracht
import Foundation
import Synchronization

@testable import BuurtkrachtSQLite

extension SQLiteStorage {
    /// Starts a write (`blocker`, by default the partner "blocker") that stays open until
    /// `units` writes wait behind it, then lets them all run, so that they form one group-commit
    /// batch whatever the machine's load; returns each unit's outcome by index. The units whose
    /// index passes `replayable` are written with ``writeAllowingReplay(_:)``.
    func writesBehindBlocker(
        units: Int,
        replayable: @escaping @Sendable (Int) -> Bool = { _ in false },
        blocker: @escaping @Sendable (any StorageTransaction) throws -> Void = { tx in
            try tx.directory.insert(Partner(id: "blocker", name: "Blocker", kind: .other))
        },
        _ work: @escaping @Sendable (Int, any StorageTransaction) throws -> Void
    ) async throws -> [Result<Void, any Error>] {
        let batcher = groupCommit
        let started = Atomic<Bool>(false)
        let blocking = Task {
            try await write { tx in
                try blocker(tx)
                started.store(true, ordering: .releasing)
                let deadline = ContinuousClock.now + .seconds(30)
                while batcher.waitingCount < units, ContinuousClock.now < deadline { usleep(200) }
            }
        }
        while !started.load(ordering: .acquiring) { try await Task.sleep(for: .milliseconds(1)) }
        let outcomes = await withTaskGroup(of: (Int, Result<Void, any Error>).self) { group in
            for index in 0..<units {
                group.addTask {
                    do {
                        if replayable(index) {
                            try await self.writeAllowingReplay { tx in try work(index, tx) }
                        } else {
                            try await self.write { tx in try work(index, tx) }
                        }
                        return (index, .success(()))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var outcomes = [Result<Void, any Error>](repeating: .success(()), count: units)
            for await (index, outcome) in group { outcomes[index] = outcome }
            return outcomes
        }
        try await blocking.value
        return outcomes
    }
}
