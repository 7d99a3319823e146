import Buurtkracht
import BuurtkrachtTesting
import Testing

/// The in-memory store passes the storage conformance suite that every store must pass.
@Suite("In-memory storage conformance")
struct InMemoryStorageConformanceTests {
    @Test(arguments: StorageConformance.checks)
    func conforms(_ check: StorageConformance.Check) async throws {
        try await check.run(on: InMemoryStorage())
    }
}
