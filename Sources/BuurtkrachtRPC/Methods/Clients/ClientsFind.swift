public import Buurtkracht

/// `clients.find`: The clients with a BSN or an identifier in another system that the caller may see (give exactly one). Needs registerClients; denials are audited.
public enum ClientsFind: RPCMethod {
    /// `"clients.find"`.
    public static let name = "clients.find"
    /// What the method does.
    public static let summary = "The clients with a BSN or an identifier in another system that the caller may see (give exactly one). Needs registerClients; denials are audited."

    /// The params.
    public struct Params: Codable, Sendable {
        /// A BSN to look for.
        public var bsn: BSN?
        /// An identifier in another system to look for.
        public var externalID: ExternalID?

        /// Creates the params.
        public init(bsn: BSN? = nil, externalID: ExternalID? = nil) {
            self.bsn = bsn
            self.externalID = externalID
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> [Client] {
        try await context.services.clients.find(try ClientLookupParameter.lookup(bsn: params.bsn, externalID: params.externalID), context: context.access)
    }
}
