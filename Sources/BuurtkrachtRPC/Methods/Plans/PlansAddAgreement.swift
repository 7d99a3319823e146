public import Buurtkracht

/// `plans.addAgreement`: Adds an agreement the client keeps.
public enum PlansAddAgreement: RPCMethod {
    /// `"plans.addAgreement"`.
    public static let name = "plans.addAgreement"
    /// What the method does.
    public static let summary = "Adds an agreement the client keeps."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The plan.
        public var plan: Plan.ID
        /// The agreement.
        public var text: String

        /// Creates the params.
        public init(plan: Plan.ID, text: String) {
            self.plan = plan
            self.text = text
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Plan {
        try await context.services.plans.addAgreement(to: params.plan, text: params.text, context: context.access)
    }
}
