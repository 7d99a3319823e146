import Buurtkracht
import BuurtkrachtImport
import BuurtkrachtTestSupport
import BuurtkrachtTesting
import Foundation
import Synchronization
import Testing

/// A storage that fails every write unit after the first `allowed` ones, as a killed process or
/// a full disk would: the failing unit is rolled back.
final class InterruptingStorage: Storage {
    let base: InMemoryStorage
    let allowed: Mutex<Int>

    init(base: InMemoryStorage, allowed: Int) {
        self.base = base
        self.allowed = Mutex(allowed)
    }

    func read<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
        try await base.read(work)
    }

    func write<T: Sendable>(_ work: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
        let go = allowed.withLock { count in
            defer { count -= 1 }
            return count > 0
        }
        guard go else { throw BuurtkrachtError(code: .storageFailure, message: "Interrupted for the test.") }
        return try await base.write(work)
    }
}

@Suite("Resuming an interrupted import")
struct ResumeTests {
    @Test("an interrupted import, run again, completes with exactly the right rows and the whole file's report")
    func resume() async throws {
        let base = InMemoryStorage()
        let folder = try ScratchFolder()
        let file = folder.path("clients.csv")
        let generated = try BuiltProducts.generate(rows: 600, seed: 11, to: file)
        let mapping = try BuiltProducts.sampleMapping
        // The reference: the same file imported in one go into a fresh store.
        let reference = try await ImportHarness.make()
        var request = ImportRequest(file: file, mapping: mapping)
        request.batchSize = 50
        request.rejectsPath = reference.folder.path("rejects.csv")
        let expected = try await reference.importer.run(request, context: reference.town.dataOfficer)
        #expect(expected.rows.created == generated.expectedImported)

        let town = try await TestNeighbourhood.make(storage: base)
        request.rejectsPath = folder.path("rejects.csv")
        var interruptions = 0
        for allowed in [3, 2, 4] {
            let interrupted = Services(storage: InterruptingStorage(base: base, allowed: allowed), environment: town.services.environment)
            do {
                _ = try await Importer(services: interrupted).run(request, context: town.dataOfficer)
            } catch {
                interruptions += 1
            }
        }
        #expect(interruptions == 3)
        let report = try await Importer(services: town.services).run(request, context: town.dataOfficer)
        #expect(report.resumedAfterRow != nil)
        #expect(report.rows == expected.rows)
        #expect(report.errors == expected.errors)
        #expect(report.warnings == expected.warnings)
        let clients = try await base.read { try $0.clients.clients(matching: ClientQuery()) }
        #expect(clients.count == generated.expectedImported)
        let legacyIDs = clients.compactMap { $0.externalIDs["Suite4Sociaal"] }
        #expect(Set(legacyIDs).count == legacyIDs.count)
        #expect(folder.read("rejects.csv") == reference.folder.read("rejects.csv"))
        let runs = try await Importer(services: town.services).runs(context: town.dataOfficer)
        #expect(runs.count == 1)
        #expect(runs.first?.status == .completed)
    }
}
