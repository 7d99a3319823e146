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

    /// A fresh, empty store, with the folder of its file when it has one.
    func make() throws -> (storage: any Storage, file: String?) {
        switch self {
        case .inMemory:
            return (InMemoryStorage(), nil)
        case .sqliteFile:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("buurtkracht-privacy-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("buurtkracht.sqlite").path
            return (try SQLiteStorage(path: file, bsnProtection: try KeyedBSNProtection(key: Data(repeating: 0x42, count: 32))), file)
        }
    }

    /// A neighbourhood on a fresh store, sealing its audit trail with SHA-256.
    func world(clock: TestClock = TestClock()) async throws -> (world: TestNeighbourhood, file: String?) {
        let (storage, file) = try make()
        var environment = ServiceEnvironment.testing(clock: clock)
        environment.auditSealer = SHA256AuditSealer()
        return (try await TestNeighbourhood.make(storage: storage, clock: clock, environment: environment), file)
    }

    var testDescription: String { rawValue }
}
