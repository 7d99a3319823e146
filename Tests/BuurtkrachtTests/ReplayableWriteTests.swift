import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Synchronization
import Testing

/// The services' units of work change nothing outside their transaction, so they reach the
/// storage through `writeAllowingReplay`; an integrator's own unit runs once unless it says so.
@Suite("Replayable writes")
struct ReplayableWriteTests {
    /// Counts which of the two writes each call took, and runs it on an in-memory store.
    final class WriteRecorder: Storage {
        let inner = InMemoryStorage()
        private let counts = Mutex((once: 0, replayable: 0))

        var onceCount: Int { counts.withLock { $0.once } }
        var replayableCount: Int { counts.withLock { $0.replayable } }

        func read<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
            try await inner.read(work)
        }

        func write<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
            counts.withLock { $0.once += 1 }
            return try await inner.write(work)
        }

        func writeAllowingReplay<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
            counts.withLock { $0.replayable += 1 }
            return try await inner.write(work)
        }
    }

    @Test func builtInServicesAllowReplay() async throws {
        let storage = WriteRecorder()
        let world = try await TestNeighbourhood.make(storage: storage)
        let (once, replayable) = (storage.onceCount, storage.replayableCount)
        _ = try await world.services.signals.report(
            SignalReport(
                subject: .address(try world.address()), reporter: Reporter(kind: .neighbour), category: .socialIsolation,
                severity: .moderate, observedAt: world.clock.now, summary: "Gordijnen al dagen dicht."),
            context: world.coordinator)
        #expect(storage.replayableCount == replayable + 1)
        #expect(storage.onceCount == once)
    }

    @Test func ownUnitOfWorkRunsOnceUnlessItAllowsReplay() async throws {
        let storage = WriteRecorder()
        let world = try await TestNeighbourhood.make(storage: storage)
        let (once, replayable) = (storage.onceCount, storage.replayableCount)
        _ = try await world.services.perform(world.coordinator) { unit in unit.now }
        #expect(storage.onceCount == once + 1)
        _ = try await world.services.perform(world.coordinator, allowingReplay: true) { unit in unit.now }
        #expect(storage.replayableCount == replayable + 1)
        #expect(storage.onceCount == once + 1)
    }

    @Test func defaultReplayableWriteIsAnOrdinaryWrite() async throws {
        let storage = InMemoryStorage()
        try await storage.writeAllowingReplay { tx in
            try tx.directory.insert(Partner(id: "partner-replay", name: "Replay", kind: .other))
        }
        #expect(try await storage.read { try $0.directory.partner("partner-replay") }?.name == "Replay")
    }
}
