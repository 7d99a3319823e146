public import Foundation

/// Decides whether an access context may see or change one client's data, and whether a
/// role may do work that is not tied to one client.
///
/// A client's data is open to a professional who
/// 1. coordinates an open plan for the client or their household; or
/// 2. acts for a partner with a valid consent (or other lawful basis) for the context's purpose; or
/// 3. holds an active break-the-glass grant for the client.
///
/// Anything else is denied — and the denial is audited. The rules are pure functions of the
/// facts, so they are checked at a fixed moment in tests:
///
/// ```swift
/// let decision = AccessPolicy.decide(
///     context, client: client, plans: plans, consents: consents, grants: grants, at: now
/// )
/// ```
public enum AccessPolicy {
    /// Decides access to one client's data.
    public static func decide(
        _ context: AccessContext,
        client: Client,
        plans: [Plan],
        consents: [Consent],
        grants: [BreakGlassGrant],
        at moment: Date
    ) -> AccessDecision {
        let coordinates = plans.contains { plan in
            plan.isOpen && plan.coordinator == context.professional
                && (plan.subject.client == client.id
                    || (client.household != nil && plan.subject.household == client.household))
        }
        if coordinates { return .allowed(.coordinator) }

        let relevant = consents.filter {
            $0.client == client.id && $0.partner == context.partner && $0.purpose == context.purpose
        }
        if let valid = relevant.first(where: { $0.isValid(at: moment) }) {
            return .allowed(AccessBasis(valid.basis))
        }
        if grants.contains(where: {
            $0.client == client.id && $0.professional == context.professional && $0.isActive(at: moment)
        }) {
            return .allowed(.breakGlass)
        }
        let states = Set(relevant.map { $0.state(at: moment) })
        if states.contains(.withdrawn) { return .denied(.consentWithdrawn) }
        if states.contains(.expired) { return .denied(.consentExpired) }
        if states.contains(.notYetValid) { return .denied(.consentNotYetValid) }
        return .denied(.noConsent)
    }

    /// Decides whether the context's role grants `permission`.
    public static func decide(_ context: AccessContext, permission: Permission) -> AccessDecision {
        context.role.permissions.contains(permission) ? .allowed(.role) : .denied(.missingPermission)
    }
}
