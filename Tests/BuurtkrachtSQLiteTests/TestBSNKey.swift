import Buurtkracht
import BuurtkrachtPrivacy
import Foundation

/// Fixed BSN keys for the SQLite tests: the store keeps BSNs only under a key.
enum TestBSNKey {
    /// The usual key.
    static let protection = key(filledWith: 0x42)
    /// Another key, for a database opened with the wrong one.
    static let other = key(filledWith: 0x17)

    private static func key(filledWith byte: UInt8) -> KeyedBSNProtection {
        do {
            return try KeyedBSNProtection(key: Data(repeating: byte, count: 32))
        } catch {
            preconditionFailure("a 32-byte key is always accepted: \(error)")
        }
    }
}
