import Buurtkracht
import BuurtkrachtJSON
import BuurtkrachtPrivacy
import BuurtkrachtRPC
import BuurtkrachtTesting
import Foundation
import Logging
import Testing

/// Consent everywhere, over the wire: every RPC method that takes a client, called in process
/// through the registry's dispatcher by a signed-in partner professional without consent, with
/// an expired and with a withdrawn consent, answers -32030 access denied, and the denial is audited.
@Suite struct RPCConsentMatrixTests {
    @Test func everyRegisteredMethodIsInTheMatrixOrExempt() throws {
        let registered = Set(try RPCRegistryBuilder.buurtkracht().methodNames)
        let called = Set(RPCConsentMatrix.clientMethods.keys)
        let exempt = Set(RPCConsentMatrix.exempt.keys)
        #expect(called.isDisjoint(with: exempt))
        #expect(
            registered.subtracting(called.union(exempt)).isEmpty,
            "Add these RPC methods to RPCConsentMatrix (client methods or exempt with a reason): \(registered.subtracting(called.union(exempt)).sorted())"
        )
        #expect(called.union(exempt).subtracting(registered).isEmpty, "Not registered: \(called.union(exempt).subtracting(registered).sorted())")
    }

    @Test(arguments: ConsentScenario.allCases)
    func everyClientMethodIsDeniedToAPartnerAndAudited(_ scenario: ConsentScenario) async throws {
        let fixture = try await MatrixFixture.make(scenario)
        let caller = fixture.partnerProfessional
        let connection = try await Connection(world: fixture.world, as: caller)
        for (method, params) in RPCConsentMatrix.clientMethods.sorted(by: { $0.key < $1.key }) {
            let before = try await fixture.denials(of: caller).count
            let result = await connection.call(method, params: try params(fixture))
            switch result {
            case .success(let json):
                Issue.record("\(method) was allowed: \(json)")
            case .failure(let error):
                #expect(error.code == .accessDenied, "\(method): \(error)")
                let data = error.data.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
                #expect(data.contains(#""code":"accessDenied""#), "\(method): \(data)")
                #expect(!error.message.contains("Jansen") && !data.contains("Jansen"), "\(method)")
            }
            let denials = try await fixture.denials(of: caller).dropFirst(before)
            #expect(!denials.isEmpty, "\(method): the denial was not audited")
            #expect(
                denials.allSatisfy { [scenario.reason.rawValue, AccessDecision.DenialReason.missingPermission.rawValue].contains($0.detail) },
                "\(method): \(denials.map { $0.detail ?? "none" })"
            )
        }
    }

    /// One signed-in session on the registry's dispatcher, driven in process.
    struct Connection {
        let services: Services
        let session = RPCSession()
        let dispatcher: RPCDispatcher

        init(world: TestNeighbourhood, as caller: AccessContext) async throws {
            services = world.services
            dispatcher = try RPCRegistryBuilder.buurtkracht().build()
            let secret = AccessTokenSecret.generate()
            _ = try await services.directory.storeToken(
                hash: secret.hash, for: caller.professional, purpose: caller.purpose, expiresAt: nil, context: world.administrator
            )
            _ = try await call("initialize", params: try RPCConsentMatrix.params(["token": secret.text])).get()
            #expect(session.accessContext == caller)
        }

        func call(_ method: String, params: String) async -> Result<RawJSON, RPCError> {
            let node: JSONNode
            do {
                node = try JSONDocument(parsing: params).root
            } catch {
                return .failure(RPCError(code: .invalidParams, message: "bad test params for \(method)"))
            }
            let context = RPCRequestContext(
                services: services, session: session, id: RPCRequestID(1), method: method,
                logger: Logger(label: "consent-matrix"), dispatcher: dispatcher
            )
            return await dispatcher.dispatch(method, params: node, context: context)
        }
    }
}
