/// The name and version a server reports in `initialize` and in its OpenRPC document.
public struct RPCServerInfo: Codable, Sendable, Hashable {
    /// The server's name.
    public var name: String
    /// The server's version.
    public var version: String

    /// Creates server info.
    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }

    /// Buurtkracht's own server.
    public static let buurtkracht = RPCServerInfo(name: "buurtkracht", version: "0.1.0")

    /// The version of the method set and session rules, sent by `initialize`; changes only when
    /// a method or rule changes incompatibly.
    public static let protocolVersion = "2026-11-23"
}
