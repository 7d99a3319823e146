import Buurtkracht
import BuurtkrachtSQLite
import Foundation
import Synchronization
import Testing

/// Reads run on the calling thread (no hop to a dispatch queue): they still see a snapshot,
/// never wait for the writer, and honour a cancelled task.
@Suite("SQLite reads")
struct SQLiteReadTests {
    @Test("a read while a write is open returns at once, with the last committed state")
    func readDoesNotWaitForTheWriter() async throws {
        let folder = try TemporaryFolder()
        let storage = try SQLiteStorage(path: folder.file())
        try await storage.write { tx in try tx.directory.insert(Partner(id: "before", name: "Before", kind: .other)) }
        let inside = Atomic<Bool>(false)
        let release = Atomic<Bool>(false)
        let writer = Task {
            try await storage.write { tx in
                try tx.directory.insert(Partner(id: "during", name: "During", kind: .other))
                inside.store(true, ordering: .releasing)
                let deadline = ContinuousClock.now + .seconds(30)
                while !release.load(ordering: .acquiring), ContinuousClock.now < deadline { usleep(200) }
            }
        }
        while !inside.load(ordering: .acquiring) { try await Task.sleep(for: .milliseconds(1)) }
        let seen = try await storage.read { tx in try tx.directory.partners().map(\.id) }
        release.store(true, ordering: .releasing)
        try await writer.value
        #expect(seen == ["before"], "the open write is not visible, and the read did not wait for it")
        let after = try await storage.read { tx in try tx.directory.partners().map(\.id) }
        #expect(Set(after) == ["before", "during"])
    }

    @Test("a cancelled task's read throws CancellationError without running its work", arguments: [false, true])
    func cancelledRead(inMemory: Bool) async throws {
        let folder = try TemporaryFolder()
        let storage = inMemory ? try SQLiteStorage.inMemory() : try SQLiteStorage(path: folder.file())
        let ran = Atomic<Bool>(false)
        let task = Task {
            while !Task.isCancelled { await Task.yield() }
            return try await storage.read { _ in ran.store(true, ordering: .relaxed) }
        }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        let workRan = ran.load(ordering: .relaxed)
        #expect(!workRan)
    }
}
