import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

/// Consent everywhere: every public service method that touches a client's data, called by a
/// partner without consent, with an expired consent and with a withdrawn one, is denied with
/// `accessDenied` — and every denial is in the audit trail.
@Suite struct ConsentMatrixTests {
    @Test func everyPublicServiceMethodIsInTheMatrixOrExempt() throws {
        let declared = try ServiceSourceScan.publicServiceMethods()
        let called = ServiceConsentMatrix.entries.map(\.name)
        let listed = Set(called).union(ServiceConsentMatrix.exempt.keys)
        #expect(declared.count > 50, "the source scan found too few methods: \(declared.sorted())")
        #expect(Set(called).count == called.count, "a method is in the matrix twice")
        #expect(Set(called).isDisjoint(with: ServiceConsentMatrix.exempt.keys), "a method is both called and exempt")
        #expect(
            declared.subtracting(listed).isEmpty,
            "Add these service methods to ServiceConsentMatrix (called or exempt with a reason): \(declared.subtracting(listed).sorted())"
        )
        #expect(listed.subtracting(declared).isEmpty, "No longer in the services: \(listed.subtracting(declared).sorted())")
    }

    @Test(arguments: ConsentScenario.allCases)
    func aPartnerProfessionalIsDeniedEveryMethodAndEachDenialIsAudited(_ scenario: ConsentScenario) async throws {
        let fixture = try await MatrixFixture.make(scenario)
        for entry in ServiceConsentMatrix.entries {
            try await expectDenied(entry, as: fixture.partnerProfessional, in: fixture, reasons: [scenario.reason, .missingPermission])
        }
    }

    @Test(arguments: ConsentScenario.allCases)
    func aPartnerInACoordinatorRoleIsStoppedByTheConsentRules(_ scenario: ConsentScenario) async throws {
        let fixture = try await MatrixFixture.make(scenario)
        let caller = fixture.partnerCoordinator
        for entry in ServiceConsentMatrix.entries {
            switch entry.gate {
            case .consent:
                try await expectDenied(entry, as: caller, in: fixture, reasons: [scenario.reason])
            case .organiser:
                try await expectDenied(entry, as: caller, in: fixture, reasons: [.notOrganiser])
            case .permission(let permission):
                // Role-gated work: the partner-professional role never has it (checked above).
                #expect(!Role.partnerProfessional.permissions.contains(permission), "\(entry.name)")
            case .filtered(let auditsDenials):
                let before = try await fixture.denials(of: caller).count
                let revealed = try await entry.call(fixture, caller)
                #expect(!revealed.contains(fixture.client.id), "\(entry.name) revealed the client")
                if auditsDenials {
                    let after = try await fixture.denials(of: caller)
                    #expect(after.count > before, "\(entry.name) left a client out without auditing the denial")
                    #expect(after.last?.detail == scenario.reason.rawValue, "\(entry.name)")
                }
            }
        }
    }

    /// Expects `entry` to throw `accessDenied` for `context`, with a message free of personal
    /// data, and at least one new denied audit entry whose reason is one of `reasons`.
    private func expectDenied(
        _ entry: ServiceConsentMatrix.Entry,
        as context: AccessContext,
        in fixture: MatrixFixture,
        reasons: Set<AccessDecision.DenialReason>
    ) async throws {
        let before = try await fixture.denials(of: context).count
        do {
            let revealed = try await entry.call(fixture, context)
            Issue.record("\(entry.name) was allowed for \(context.role) (\(revealed.count) clients)")
        } catch let error as BuurtkrachtError {
            #expect(error.code == .accessDenied, "\(entry.name): \(error)")
            #expect(!error.message.contains("Jansen") && !error.message.contains(MatrixFixture.bsn), "\(entry.name)")
        }
        let denials = try await fixture.denials(of: context).dropFirst(before)
        #expect(!denials.isEmpty, "\(entry.name): the denial was not audited")
        for denial in denials {
            let reason = denial.detail.flatMap(AccessDecision.DenialReason.init(rawValue:))
            #expect(reason.map(reasons.contains) == true, "\(entry.name): audited reason \(denial.detail ?? "none")")
        }
    }
}
