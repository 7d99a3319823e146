public import Foundation

/// One line of the audit trail: who did what to which record, for what purpose, when, and
/// whether it was allowed.
///
/// Entries name record identifiers, never personal data. Each entry carries the digest of
/// its predecessor, so that an edited, deleted or reordered entry breaks the chain (see
/// ``AuditSealer``).
public struct AuditEntry: Identifiable, Hashable, Sendable, Codable {
    /// An audit entry's identifier.
    public typealias ID = Identifier<AuditEntry>

    /// The entry's identifier.
    public var id: ID
    /// The entry's position in the trail, from 1, without gaps.
    public var sequence: Int64
    /// When it happened.
    public var at: Date
    /// Who acted.
    public var actor: Professional.ID
    /// For which partner.
    public var partner: Partner.ID
    /// In which role.
    public var role: Role
    /// For what purpose.
    public var purpose: Purpose
    /// What was done or attempted.
    public var action: AuditAction
    /// Which record.
    public var record: RecordReference
    /// Whose personal data, when the record is about a client.
    public var subject: Client.ID?
    /// Whether it was allowed.
    public var outcome: Outcome
    /// On what basis it was allowed.
    public var basis: AccessBasis?
    /// A stable code that says more: the denial reason, or the break-the-glass grant used.
    public var detail: String?
    /// A sealer's commitment to ``record`` and ``subject`` (a digest over them and the entry's id).
    /// The chain covers the commitment instead of the clear values, so that erasing a resident can
    /// pseudonymise their entries and the chain still verifies.
    public var commitment: String?
    /// Whether ``record`` and ``subject`` were replaced by a pseudonym when a resident was erased;
    /// the commitment then no longer matches them, by design.
    public var isPseudonymised: Bool
    /// The digest of the previous entry; nil for the first.
    public var previousDigest: String?
    /// This entry's digest over its content and ``previousDigest``; nil when not sealed.
    public var digest: String?

    /// Creates an entry; the sequence number and digests are set when it is appended.
    public init(
        id: ID,
        sequence: Int64 = 0,
        at: Date,
        context: AccessContext,
        action: AuditAction,
        record: RecordReference,
        subject: Client.ID?,
        outcome: Outcome,
        basis: AccessBasis?,
        detail: String? = nil,
        commitment: String? = nil,
        isPseudonymised: Bool = false,
        previousDigest: String? = nil,
        digest: String? = nil
    ) {
        self.id = id
        self.sequence = sequence
        self.at = at
        self.actor = context.professional
        self.partner = context.partner
        self.role = context.role
        self.purpose = context.purpose
        self.action = action
        self.record = record
        self.subject = subject
        self.outcome = outcome
        self.basis = basis
        self.detail = detail
        self.commitment = commitment
        self.isPseudonymised = isPseudonymised
        self.previousDigest = previousDigest
        self.digest = digest
    }

    /// Whether an action was allowed.
    public enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
        /// Allowed.
        case allowed
        /// Denied.
        case denied
    }

    /// The entry's content in a canonical text form, the input of a sealer's digest: every
    /// field but ``digest`` and ``isPseudonymised``, in a fixed order, separated by `|`, times in
    /// whole milliseconds; the ``commitment`` stands in for the record id and subject when set.
    public var canonicalText: String {
        let milliseconds = Int64((at.timeIntervalSince1970 * 1000).rounded())
        let identity = commitment ?? record.id + "|" + (subject?.rawValue ?? "")
        return [
            id.rawValue, String(sequence), String(milliseconds), actor.rawValue, partner.rawValue,
            role.rawValue, purpose.rawValue, action.rawValue, record.kind.rawValue, identity,
            outcome.rawValue, basis?.rawValue ?? "", detail ?? "", previousDigest ?? "",
        ].joined(separator: "|")
    }

    /// Whether the entry names `client` as its subject or as its record.
    public func isAbout(_ client: Client.ID) -> Bool {
        subject == client || (record.kind == .client && record.id == client.rawValue)
    }

    /// The entry with `pseudonym` in place of `client` (see ``AuditLog/pseudonymise(subject:as:)``).
    public func pseudonymised(_ client: Client.ID, as pseudonym: Client.ID) -> AuditEntry {
        var entry = self
        if record.kind == .client && record.id == client.rawValue { entry.record.id = pseudonym.rawValue }
        if subject == client { entry.subject = pseudonym }
        entry.isPseudonymised = true
        return entry
    }

    /// The text a sealer commits to: the entry's id, record id and subject.
    public var commitmentInput: String {
        [id.rawValue, record.kind.rawValue, record.id, subject?.rawValue ?? ""].joined(separator: "|")
    }
}

/// What an audited action did.
public enum AuditAction: String, Hashable, Sendable, Codable, CaseIterable {
    /// Read personal data.
    case read
    /// Created a record.
    case create
    /// Changed a record.
    case update
    /// Deleted a record.
    case delete
    /// Merged or unmerged client records.
    case merge
    /// Broke the glass.
    case breakGlass
    /// Exported everything about a subject (*inzage*).
    case export
    /// Erased a subject's personal data.
    case erase
    /// Imported records.
    case `import`
    /// Signed in with an access token.
    case signIn
}
