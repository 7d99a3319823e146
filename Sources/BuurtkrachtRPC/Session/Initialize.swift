public import Buurtkracht
import BuurtkrachtPrivacy
import Logging

/// `initialize`: the first call of a session. Signs in with an access token from
/// `buurtkracht token issue`; every later call runs with that professional's access context.
public enum Initialize: RPCMethod {
    /// `"initialize"`.
    public static let name = "initialize"
    /// What the method does.
    public static let summary = "Starts the session: signs in with an access token (from `buurtkracht token issue`) and returns the server's info, protocol version and capabilities. Call it first, once."
    /// Needs no session: it makes one.
    public static let requiresSession = false

    /// The params.
    public struct Params: Codable, Sendable {
        /// The access token's secret text. Only its hash is compared with the store.
        public var token: String
        /// The client's name and version, for the log.
        public var clientInfo: RPCServerInfo?
        /// The protocol version the client speaks, when it says.
        public var protocolVersion: String?
    }

    /// The result.
    public struct Result: Codable, Sendable {
        /// The server's name and version.
        public var serverInfo: RPCServerInfo
        /// The protocol version the server speaks.
        public var protocolVersion: String
        /// What the server can do.
        public var capabilities: Capabilities
        /// Who the session acts as (identifiers only).
        public var session: AccessContext
    }

    /// What the server supports.
    public struct Capabilities: Codable, Sendable {
        /// JSON-RPC batches.
        public var batches: Bool
        /// `$/cancelRequest`.
        public var cancellation: Bool
        /// The framings the server reads; it answers in the client's.
        public var framings: [MessageFraming]
        /// The largest message accepted, in bytes.
        public var maxMessageSize: Int
        /// The discovery method (OpenRPC).
        public var discovery: String
    }

    /// Hashes the token, signs in, and activates the session.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Result {
        guard context.session.phase == .awaitingInitialize else {
            throw RPCError.invalidRequest("the session is initialized already; 'initialize' is called once per session.")
        }
        let access = try await context.services.directory.signIn(tokenHash: AccessTokenSecret.hash(of: params.token))
        try context.session.activate(access)
        context.logger.info(
            "Session initialized",
            metadata: ["professional": "\(access.professional)", "client": "\(params.clientInfo?.name ?? "unknown")"]
        )
        return Result(
            serverInfo: context.dispatcher.info,
            protocolVersion: RPCServerInfo.protocolVersion,
            capabilities: Capabilities(
                batches: true, cancellation: true, framings: MessageFraming.allCases,
                maxMessageSize: context.session.maxMessageSize, discovery: RPCDiscover.name
            ),
            session: access
        )
    }
}
