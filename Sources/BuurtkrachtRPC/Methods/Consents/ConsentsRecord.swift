public import Buurtkracht
public import Foundation

/// `consents.record`: Records a client's consent (or another lawful basis) for a partner and purpose. Needs recordConsent and access to the client.
public enum ConsentsRecord: RPCMethod {
    /// `"consents.record"`.
    public static let name = "consents.record"
    /// What the method does.
    public static let summary = "Records a client's consent (or another lawful basis) for a partner and purpose. Needs recordConsent and access to the client."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The client.
        public var client: Client.ID
        /// The partner who may see the data.
        public var partner: Partner.ID
        /// For what.
        public var purpose: Purpose
        /// The lawful basis (consent when absent).
        public var basis: LawfulBasis?
        /// From when (now when absent).
        public var validFrom: Date?
        /// Until when.
        public var validUntil: Date?

        /// Creates the params.
        public init(client: Client.ID, partner: Partner.ID, purpose: Purpose, basis: LawfulBasis? = nil, validFrom: Date? = nil, validUntil: Date? = nil) {
            self.client = client
            self.partner = partner
            self.purpose = purpose
            self.basis = basis
            self.validFrom = validFrom
            self.validUntil = validUntil
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Consent {
        try await context.services.consents.record(
            for: params.client, partner: params.partner, purpose: params.purpose, basis: params.basis ?? .consent,
            validFrom: params.validFrom, validUntil: params.validUntil, context: context.access
        )
    }
}
