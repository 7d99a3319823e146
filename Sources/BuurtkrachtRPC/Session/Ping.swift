/// `ping`: answers `{}`, at any time — a liveness check.
public enum Ping: RPCMethod {
    /// `"ping"`.
    public static let name = "ping"
    /// What the method does.
    public static let summary = "Answers {} at any time, before or after initialize: a liveness check."
    /// Allowed at any time.
    public static let requiresSession = false
    /// Answered in the read loop: it never waits.
    public static let runsInReadLoop = true

    /// `{}`.
    public static func handle(_ params: RPCEmpty, in context: RPCRequestContext) async throws -> RPCEmpty {
        RPCEmpty()
    }
}
