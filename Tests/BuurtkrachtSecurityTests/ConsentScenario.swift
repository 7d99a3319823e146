import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

/// The three ways a partner can lack consent for a client: none at all, a consent that has
/// expired, and a consent the client withdrew — each with the denial reason the policy gives.
enum ConsentScenario: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case noConsent
    case expiredConsent
    case withdrawnConsent

    /// The reason a consent-gated access is denied in this scenario.
    var reason: AccessDecision.DenialReason {
        switch self {
        case .noConsent: .noConsent
        case .expiredConsent: .consentExpired
        case .withdrawnConsent: .consentWithdrawn
        }
    }

    var testDescription: String { rawValue }

    /// Records the scenario's consent for `partner` and `purpose`, by the client's coordinator.
    func apply(to client: Client.ID, partner: Partner.ID, purpose: Purpose, in world: TestNeighbourhood) async throws {
        let consents = world.services.consents
        switch self {
        case .noConsent:
            break
        case .expiredConsent:
            let now = world.clock.now
            _ = try await consents.record(
                for: client, partner: partner, purpose: purpose, validFrom: now.addingTimeInterval(-30 * 86_400),
                validUntil: now.addingTimeInterval(-86_400), context: world.coordinator
            )
        case .withdrawnConsent:
            let consent = try await consents.record(for: client, partner: partner, purpose: purpose, context: world.coordinator)
            world.clock.advance(by: .days(1))
            _ = try await consents.withdraw(consent.id, context: world.coordinator)
        }
    }
}
