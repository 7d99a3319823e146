/// Why personal data is processed. Consents are given per partner *and* purpose; every
/// service call names its purpose in the ``AccessContext``. The set is open.
///
/// ```swift
/// let context = AccessContext(professional: me, partner: team, role: .coordinator, purpose: .guidance)
/// ```
public struct Purpose: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The purpose's name.
    public let rawValue: String

    /// Creates a purpose.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates a purpose from a literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// The purpose's name.
    public var description: String { rawValue }

    /// Orders purposes by name.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Handling signals in the signal meeting (*signaleringsoverleg*).
    public static let signalTriage: Purpose = "signalTriage"
    /// Intake and needs assessment (*keukentafelgesprek*).
    public static let intake: Purpose = "intake"
    /// Guidance under a plan (*begeleiding*).
    public static let guidance: Purpose = "guidance"
    /// Outreach and home visits.
    public static let outreach: Purpose = "outreach"
    /// Referring a client to a partner or group.
    public static let referral: Purpose = "referral"
    /// Debt assistance (*schuldhulpverlening*).
    public static let debtAssistance: Purpose = "debtAssistance"
    /// Housing support.
    public static let housing: Purpose = "housing"
    /// Care and treatment.
    public static let care: Purpose = "care"
    /// Safety of the resident or others.
    public static let safety: Purpose = "safety"
    /// Aggregate reporting.
    public static let reporting: Purpose = "reporting"
    /// Reviewing the audit trail.
    public static let audit: Purpose = "audit"
    /// Answering a subject-access or erasure request.
    public static let subjectRequest: Purpose = "subjectRequest"
    /// Importing legacy records.
    public static let dataImport: Purpose = "dataImport"
}
