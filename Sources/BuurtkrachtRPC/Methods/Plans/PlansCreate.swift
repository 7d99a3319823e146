public import Buurtkracht

/// `plans.create`: Starts a guidance plan for a client or household with the caller as coordinator. Needs makePlans and access to the client (or every household member).
public enum PlansCreate: RPCMethod {
    /// `"plans.create"`.
    public static let name = "plans.create"
    /// What the method does.
    public static let summary = "Starts a guidance plan for a client or household with the caller as coordinator. Needs makePlans and access to the client (or every household member)."

    /// The params.
    public struct Params: Codable, Sendable {
        /// Whom the plan is for.
        public var subject: PlanSubject
        /// The programme, with its target duration and start qualification.
        public var programme: Programme?
        /// The situational-guidance model (Hersey & Blanchard when absent).
        public var guidanceModel: GuidanceModel?

        /// Creates the params.
        public init(subject: PlanSubject, programme: Programme? = nil, guidanceModel: GuidanceModel? = nil) {
            self.subject = subject
            self.programme = programme
            self.guidanceModel = guidanceModel
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Plan {
        try await context.services.plans.create(
            for: params.subject, programme: params.programme, guidanceModel: params.guidanceModel ?? .herseyBlanchard,
            context: context.access
        )
    }
}
