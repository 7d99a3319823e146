public import Foundation

/// Protects BSNs at rest: a keyed look-up token for finding a client by BSN, and an encrypted
/// value for those allowed to see it. The key stays with the integrator, never in the store.
///
/// Stores that keep BSNs (the SQLite store) take a protection and store only its outputs.
/// `BuurtkrachtPrivacy` provides `KeyedBSNProtection` (HMAC-SHA-256 and AES-GCM):
///
/// ```swift
/// let protection = try KeyedBSNProtection(keyFile: "/etc/buurtkracht/bsn.key")
/// let storage = try SQLiteStorage(path: "buurtkracht.sqlite", bsnProtection: protection)
/// ```
public protocol BSNProtection: Sendable {
    /// A deterministic token for look-ups: equal BSNs give equal tokens under one key, and the
    /// token reveals nothing of the BSN without the key.
    func lookupToken(for bsn: BSN) -> String

    /// The BSN encrypted and authenticated for storage.
    func seal(_ bsn: BSN) throws -> Data

    /// The BSN back from its sealed form.
    ///
    /// - Throws: ``BuurtkrachtError/Code/keyMismatch`` when the data was sealed with another key
    ///   or was altered.
    func open(_ sealed: Data) throws -> BSN

    /// A value derived from the key alone, stored once so that a store opened with the wrong
    /// key fails at once with ``BuurtkrachtError/Code/keyMismatch`` instead of later.
    var keyCheck: String { get }
}
