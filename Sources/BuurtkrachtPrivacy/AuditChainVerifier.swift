public import Buurtkracht

/// Checks an audit trail sealed by ``SHA256AuditSealer`` and reports the first broken link.
///
/// Feed it the entries in sequence order, in as many batches as you like, so that memory stays
/// flat on a long trail, then call ``finish()``:
///
/// ```swift
/// var verifier = AuditChainVerifier()
/// for entry in entries { if let broken = verifier.check(entry) { print(broken) ; break } }
/// if let broken = verifier.finish() { print(broken) }
/// ```
///
/// A pseudonymised entry no longer matches its commitment, by design; it counts as intact only
/// when a later erasure entry names its pseudonym, so that setting the flag by hand is found.
public struct AuditChainVerifier: Sendable {
    private var previous: AuditEntry?
    /// Pseudonymised entries whose erasure has not been seen yet, with the ids that may be the pseudonym.
    private var unconfirmed: [(entry: AuditEntry, names: Set<String>)] = []
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
        if entry.isPseudonymised {
            let record = entry.record.kind == .client ? entry.record.id : nil
            unconfirmed.append((entry, Set([entry.subject?.rawValue, record].compactMap { $0 })))
        } else if entry.action == .erase, entry.outcome == .allowed, let pseudonym = entry.subject?.rawValue {
            unconfirmed.removeAll { $0.names.contains(pseudonym) }
        }
        previous = entry
        checked += 1
        return nil
    }

    /// Ends the trail; returns the break when a pseudonymised entry was never confirmed by an
    /// erasure entry naming its pseudonym (the flag was set by hand to hide an edited identity).
    public func finish() -> AuditChainBreak? {
        unconfirmed.first.map { AuditChainBreak(entry: $0.entry.id, sequence: $0.entry.sequence, reason: .unconfirmedPseudonym) }
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
        /// The entry is marked pseudonymised, but no later erasure entry names its pseudonym: the
        /// flag was set without an erasure, to hide an edited record id or subject.
        case unconfirmedPseudonym
    }

    /// `audit entry <id> (sequence n): <reason>`.
    public var description: String { "audit entry \(entry) (sequence \(sequence)): \(reason.rawValue)" }
}
