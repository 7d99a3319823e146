import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtSQLite
import Foundation
import Testing

/// The stores an import test runs on: in memory, and SQLite, which finds BSNs only through
/// their keyed look-up token.
enum ImportStore: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case inMemory
    case sqliteWithBSNKey

    /// A fresh, empty store.
    func make() throws -> any Storage {
        switch self {
        case .inMemory: InMemoryStorage()
        case .sqliteWithBSNKey: try SQLiteStorage.inMemory(bsnProtection: KeyedBSNProtection(key: Data(repeating: 0x42, count: 32)))
        }
    }

    var testDescription: String { rawValue }
}
