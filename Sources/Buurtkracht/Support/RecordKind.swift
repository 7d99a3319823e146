/// The kinds of record Buurtkracht keeps; used in audit entries, errors and provenance.
public enum RecordKind: String, Sendable, Hashable, Codable, CaseIterable, CodingKeyRepresentable {
    case client
    case household
    case signal
    case visit
    case plan
    case tie
    case volunteer
    case group
    case referral
    case duplicate
    case partner
    case professional
    case consent
    case breakGlassGrant
    case accessToken
    case auditEntry
    case importRun
    /// A neighbourhood's triage queue, read as a whole.
    case triageQueue
    /// A neighbourhood report (aggregates only).
    case report

    /// The kind in words, for messages: `"self-help group"`.
    public var displayName: String {
        switch self {
        case .breakGlassGrant: "break-the-glass grant"
        case .accessToken: "access token"
        case .auditEntry: "audit entry"
        case .importRun: "import run"
        case .triageQueue: "triage queue"
        case .group: "self-help group"
        case .duplicate: "possible duplicate"
        default: rawValue
        }
    }
}

/// A reference to one record: its kind and identifier. Never carries personal data.
public struct RecordReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kind of record.
    public var kind: RecordKind
    /// The record's identifier text.
    public var id: String

    /// Creates a reference.
    public init(kind: RecordKind, id: String) {
        self.kind = kind
        self.id = id
    }

    /// `kind/id`.
    public var description: String { "\(kind.rawValue)/\(id)" }
}
