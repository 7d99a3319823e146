import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtSQLite
import BuurtkrachtTesting
import Foundation
import Testing

/// The stores the erasure and retention tests run on: in memory, and a SQLite file with a BSN
/// key, whose raw bytes the tests can search.
enum PrivacyStore: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case inMemory
    case sqliteFile

    /// A fresh, empty store, with its file when it has one (in `folder`, which the caller keeps alive).
    func make(in folder: ScratchFolder) throws -> (storage: any Storage, file: String?) {
        switch self {
        case .inMemory:
            return (InMemoryStorage(), nil)
        case .sqliteFile:
            let file = folder.path("buurtkracht.sqlite")
            return (try SQLiteStorage(path: file, bsnProtection: try KeyedBSNProtection(key: Data(repeating: 0x42, count: 32))), file)
        }
    }

    /// A neighbourhood on a fresh store, sealing its audit trail with SHA-256; its file lives in
    /// `folder`, which the caller keeps alive as long as the store.
    func world(clock: TestClock = TestClock(), in folder: ScratchFolder) async throws -> (world: TestNeighbourhood, file: String?) {
        let (storage, file) = try make(in: folder)
        var environment = ServiceEnvironment.testing(clock: clock)
        environment.auditSealer = SHA256AuditSealer()
        return (try await TestNeighbourhood.make(storage: storage, clock: clock, environment: environment), file)
    }

    var testDescription: String { rawValue }
}
