/// Seals audit entries into a tamper-evident chain: each entry's digest covers its content
/// and its predecessor's digest.
///
/// The core ships ``UnsealedAuditSealer``, which only links entries by sequence. A sealer
/// that computes SHA-256 digests lives outside the core, which has no cryptography of its own.
public protocol AuditSealer: Sendable {
    /// Returns `entry` with ``AuditEntry/previousDigest`` and ``AuditEntry/digest`` set,
    /// given the entry before it (nil for the first entry).
    func seal(_ entry: AuditEntry, after previous: AuditEntry?) -> AuditEntry
}

/// A sealer that computes no digests: entries are kept in order, but tampering is not detectable.
public struct UnsealedAuditSealer: AuditSealer {
    /// Creates the sealer.
    public init() {}

    /// Links the entry to its predecessor's digest (if any) and leaves its own digest empty.
    public func seal(_ entry: AuditEntry, after previous: AuditEntry?) -> AuditEntry {
        var sealed = entry
        sealed.previousDigest = previous?.digest
        sealed.digest = nil
        return sealed
    }
}
