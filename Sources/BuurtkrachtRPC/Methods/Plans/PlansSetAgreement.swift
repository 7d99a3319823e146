public import Buurtkracht

/// `plans.setAgreement`: Records whether an agreement is kept.
public enum PlansSetAgreement: RPCMethod {
    /// `"plans.setAgreement"`.
    public static let name = "plans.setAgreement"
    /// What the method does.
    public static let summary = "Records whether an agreement is kept."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The plan.
        public var plan: Plan.ID
        /// The agreement.
        public var agreement: Agreement.ID
        /// Whether it is kept.
        public var status: Agreement.Status

        /// Creates the params.
        public init(plan: Plan.ID, agreement: Agreement.ID, status: Agreement.Status) {
            self.plan = plan
            self.agreement = agreement
            self.status = status
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Plan {
        try await context.services.plans.setAgreement(params.agreement, in: params.plan, to: params.status, context: context.access)
    }
}
