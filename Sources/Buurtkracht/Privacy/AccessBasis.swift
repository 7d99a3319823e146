/// Why an access was allowed; recorded in every audit entry that allowed one.
public enum AccessBasis: String, Hashable, Sendable, Codable, CaseIterable {
    /// The professional coordinates an open plan for the client or their household.
    case coordinator
    /// A valid consent for the partner and purpose.
    case consent
    /// A legal obligation recorded for the partner and purpose.
    case legalObligation
    /// A public task recorded for the partner and purpose.
    case publicTask
    /// A vital interest recorded for the partner and purpose.
    case vitalInterest
    /// An active break-the-glass grant.
    case breakGlass
    /// The professional's role, for work that is not about one client's details.
    case role

    init(_ basis: LawfulBasis) {
        switch basis {
        case .consent: self = .consent
        case .legalObligation: self = .legalObligation
        case .publicTask: self = .publicTask
        case .vitalInterest: self = .vitalInterest
        }
    }
}
