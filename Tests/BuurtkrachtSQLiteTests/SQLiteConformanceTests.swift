import Buurtkracht
import BuurtkrachtSQLite
import BuurtkrachtTesting
import Testing

/// The SQLite store passes the storage conformance suite that every store must pass, on a
/// database file and in memory, with a BSN key.
@Suite("SQLite storage conformance")
struct SQLiteConformanceTests {
    @Test("on a temporary file", arguments: StorageConformance.checks)
    func conformsOnFile(_ check: StorageConformance.Check) async throws {
        let folder = try TemporaryFolder()
        try await check.run(on: try SQLiteStorage(path: folder.file(), bsnProtection: TestBSNKey.protection))
    }

    @Test("in memory", arguments: StorageConformance.checks)
    func conformsInMemory(_ check: StorageConformance.Check) async throws {
        try await check.run(on: try SQLiteStorage.inMemory(bsnProtection: TestBSNKey.protection))
    }
}
