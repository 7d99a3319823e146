/// The outcome of an access check: allowed on a basis, or denied for a reason.
public enum AccessDecision: Hashable, Sendable {
    /// Allowed, on this basis.
    case allowed(AccessBasis)
    /// Denied, for this reason.
    case denied(DenialReason)

    /// Why access was denied. Stable codes, recorded in the audit entry and the error context.
    public enum DenialReason: String, Hashable, Sendable, Codable, CaseIterable {
        /// No consent or other basis for this partner and purpose.
        case noConsent
        /// The consent for this partner and purpose has expired.
        case consentExpired
        /// The client withdrew the consent for this partner and purpose.
        case consentWithdrawn
        /// The consent for this partner and purpose has not started yet.
        case consentNotYetValid
        /// The role lacks the permission.
        case missingPermission
        /// The caller does not act for the partner that organises the self-help group.
        case notOrganiser

        /// What the caller can do about it.
        var advice: String {
            switch self {
            case .noConsent:
                "Record the client's consent for this partner and purpose, coordinate their plan, "
                    + "or break the glass with a reason in an emergency."
            case .consentExpired:
                "The consent for this partner and purpose has expired; ask the client to renew it."
            case .consentWithdrawn:
                "The client withdrew the consent for this partner and purpose; respect it, or break "
                    + "the glass with a reason in an emergency."
            case .consentNotYetValid:
                "The consent for this partner and purpose has not started yet."
            case .missingPermission:
                "Ask an administrator for a role with this permission."
            case .notOrganiser:
                "Only the group coordinators of the partner that organises the group see who is in it."
            }
        }
    }
}
