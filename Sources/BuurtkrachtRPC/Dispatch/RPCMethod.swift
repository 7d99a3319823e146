/// A JSON-RPC method: its name, what it does, its params and result types, and its handler.
///
/// One type per method, registered with an ``RPCRegistryBuilder``. The params and result
/// schemas published by `rpc.discover` are derived from `Params` and `Result` themselves, so
/// the documentation cannot drift from what is dispatched.
///
/// ```swift
/// enum SignalsGet: RPCMethod {
///     static let name = "signals.get"
///     static let summary = "One signal. Needs the triageSignals permission."
///     struct Params: Codable, Sendable { var signal: Signal.ID }
///     static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Signal {
///         try await context.services.signals.signal(params.signal, context: context.access)
///     }
/// }
/// ```
///
/// Params arrive as a named object (`{"signal": "…"}`) or by position (`["…"]`, in the order
/// `Params` decodes its keys); `"params": null` and absent params decode as `{}`.
public protocol RPCMethod: Sendable {
    /// The params: a `Codable` struct whose keys are the named params.
    associatedtype Params: Codable & Sendable
    /// The result.
    associatedtype Result: Codable & Sendable

    /// The method name on the wire, `area.verb`: `"signals.report"`.
    static var name: String { get }
    /// One sentence on what the method does and what it needs, for `rpc.discover` and the docs.
    static var summary: String { get }
    /// Whether the method needs a signed-in session (`initialize` first). Default true.
    static var requiresSession: Bool { get }
    /// Whether the server runs the method in its read loop instead of in a task of its own:
    /// only for methods that never wait and finish in microseconds (`ping`). Default false.
    static var runsInReadLoop: Bool { get }

    /// Runs the method.
    ///
    /// - Throws: ``RPCError`` or another ``RPCErrorConvertible`` error (such as
    ///   ``Buurtkracht/BuurtkrachtError``) for the client to see; any other error becomes
    ///   -32603 Internal error without details.
    static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Result
}

extension RPCMethod {
    /// Methods need a session unless they say otherwise.
    public static var requiresSession: Bool { true }

    /// Methods run in a task of their own unless they say otherwise.
    public static var runsInReadLoop: Bool { false }
}
