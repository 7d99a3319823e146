import Buurtkracht
import BuurtkrachtSQLite
import Testing

/// The stores every security test runs on: the in-memory store and SQLite.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case inMemory
    case sqlite

    /// A fresh, empty store of this kind.
    func makeStorage() throws -> any Storage {
        switch self {
        case .inMemory: InMemoryStorage()
        case .sqlite: try SQLiteStorage.inMemory()
        }
    }

    var testDescription: String { rawValue }
}
