public import Buurtkracht
import Crypto

/// Seals audit entries into a SHA-256 hash chain.
///
/// Each entry gets a commitment over its record id and subject, and a digest over its content
/// (with the commitment instead of those two) and its predecessor's digest. Editing, deleting
/// or reordering any entry breaks the chain from there on; ``AuditChainVerifier`` finds the
/// first broken link. Erasing a resident may replace the record id and subject by a pseudonym:
/// the commitment stays, so the chain still verifies.
///
/// ```swift
/// let environment = ServiceEnvironment(auditSealer: SHA256AuditSealer())
/// ```
public struct SHA256AuditSealer: AuditSealer {
    /// Creates the sealer.
    public init() {}

    /// Sets the commitment, the link to the previous digest, and the entry's own digest.
    public func seal(_ entry: AuditEntry, after previous: AuditEntry?) -> AuditEntry {
        var sealed = entry
        sealed.commitment = Self.hex(SHA256.hash(data: Array(entry.commitmentInput.utf8)))
        sealed.previousDigest = previous?.digest
        sealed.digest = Self.digest(of: sealed)
        return sealed
    }

    /// The digest an entry should carry, computed from its content and previous digest.
    static func digest(of entry: AuditEntry) -> String {
        hex(SHA256.hash(data: Array(entry.canonicalText.utf8)))
    }

    /// The commitment an entry should carry, from its clear record id and subject.
    static func commitment(of entry: AuditEntry) -> String {
        hex(SHA256.hash(data: Array(entry.commitmentInput.utf8)))
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
