public import Buurtkracht

/// Checks an audit trail sealed by ``SHA256AuditSealer`` and reports the first broken link.
///
/// Feed it the entries in sequence order, in as many batches as you like, so that memory stays
/// flat on a long trail:
///
/// ```swift
/// var verifier = AuditChainVerifier()
/// for entry in entries { if let broken = verifier.check(entry) { print(broken) ; break } }
/// ```
public struct AuditChainVerifier: Sendable {
    private var previous: AuditEntry?
    /// How many entries were checked and found intact.
    public private(set) var checked = 0

    /// Creates a verifier at the start of a trail.
    public init() {}

    /// Checks the next entry; returns the break when this entry is the first broken link.
    public mutating func check(_ entry: AuditEntry) -> AuditChainBreak? {
        let expectedSequence = (previous?.sequence ?? 0) + 1
        if entry.sequence != expectedSequence {
            return AuditChainBreak(entry: entry.id, sequence: entry.sequence, reason: .sequenceGap)
        }
        if entry.previousDigest != previous?.digest {
            return AuditChainBreak(entry: entry.id, sequence: entry.sequence, reason: .linkMismatch)
        }
        guard entry.digest == SHA256AuditSealer.digest(of: entry) else {
            return AuditChainBreak(entry: entry.id, sequence: entry.sequence, reason: .contentChanged)
        }
        if !entry.isPseudonymised, entry.commitment != SHA256AuditSealer.commitment(of: entry) {
            return AuditChainBreak(entry: entry.id, sequence: entry.sequence, reason: .identityChanged)
        }
        previous = entry
        checked += 1
        return nil
    }
}

/// The first broken link of an audit chain: which entry, and how it is broken.
public struct AuditChainBreak: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The entry where the chain breaks.
    public var entry: AuditEntry.ID
    /// Its sequence number.
    public var sequence: Int64
    /// What is wrong there.
    public var reason: Reason

    /// Creates a break.
    public init(entry: AuditEntry.ID, sequence: Int64, reason: Reason) {
        self.entry = entry
        self.sequence = sequence
        self.reason = reason
    }

    /// What is wrong at a broken link.
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        /// A sequence number is missing or repeated: an entry was deleted, inserted or reordered.
        case sequenceGap
        /// The entry does not point at its predecessor's digest: an entry before it was deleted,
        /// replaced or reordered.
        case linkMismatch
        /// The entry's content does not match its digest: it was edited.
        case contentChanged
        /// The record id or subject does not match the commitment, and the entry is not marked as
        /// pseudonymised: they were edited.
        case identityChanged
    }

    /// `audit entry <id> (sequence n): <reason>`.
    public var description: String { "audit entry \(entry) (sequence \(sequence)): \(reason.rawValue)" }
}
