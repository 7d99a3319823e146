public import Foundation

/// Two client records that may be the same person.
///
/// Duplicates are never merged automatically. A professional decides: not a duplicate, or
/// merged — recorded, and reversible: an unmerge restores both records as they were.
public struct PossibleDuplicate: Identifiable, Hashable, Sendable, Codable {
    /// A possible duplicate's identifier.
    public typealias ID = Identifier<PossibleDuplicate>

    /// The possible duplicate's identifier.
    public var id: ID
    /// One client record (the lower identifier).
    public var first: Client.ID
    /// The other client record.
    public var second: Client.ID
    /// Why the pair was flagged.
    public var reason: Reason
    /// Open, not a duplicate, or merged.
    public var status: Status
    /// When the pair was flagged.
    public var detectedAt: Date
    /// The record that was kept, when merged.
    public var survivor: Client.ID?
    /// The status the merged-away record had before the merge, restored by an unmerge.
    public var statusBeforeMerge: Client.Status?
    /// Every decision on the pair, oldest first.
    public var decisions: [Decision]

    /// Creates an open pair; the two identifiers are stored in order.
    public init(id: ID, clients a: Client.ID, _ b: Client.ID, reason: Reason, detectedAt: Date) {
        self.id = id
        self.first = min(a, b)
        self.second = max(a, b)
        self.reason = reason
        self.status = .open
        self.detectedAt = detectedAt
        self.survivor = nil
        self.statusBeforeMerge = nil
        self.decisions = []
    }

    /// The record that is merged away, when merged.
    public var mergedAway: Client.ID? {
        guard let survivor else { return nil }
        return survivor == first ? second : first
    }

    /// Why a pair was flagged.
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        /// The same BSN.
        case sameBSN
        /// The same name, birth date and postcode.
        case sameNameBirthDateAndPostcode
        /// A professional flagged the pair.
        case reported
    }

    /// The state of a pair.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Not yet decided.
        case open
        /// Decided: two different people.
        case notDuplicate
        /// Merged into ``PossibleDuplicate/survivor``.
        case merged
    }

    /// One decision on a pair.
    public struct Decision: Hashable, Sendable, Codable {
        /// The status the decision set.
        public var status: Status
        /// Who decided.
        public var by: Professional.ID
        /// When.
        public var at: Date

        /// Creates a decision.
        public init(status: Status, by: Professional.ID, at: Date) {
            self.status = status
            self.by = by
            self.at = at
        }
    }
}
