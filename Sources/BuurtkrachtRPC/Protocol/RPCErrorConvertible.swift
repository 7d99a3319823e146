/// An error that chooses its own JSON-RPC wire form.
///
/// Errors thrown by methods that conform are sent as their ``rpcError``; every other error
/// becomes -32603 Internal error, with nothing about it sent to the client.
///
/// ```swift
/// struct QuotaExceeded: Error, RPCErrorConvertible {
///     var rpcError: RPCError { RPCError(code: RPCErrorCode(rawValue: -32090), message: "Quota exceeded. Try again tomorrow.") }
/// }
/// ```
public protocol RPCErrorConvertible: Error {
    /// The error as it goes on the wire. Never put personal data in it.
    var rpcError: RPCError { get }
}

extension RPCError: RPCErrorConvertible {
    /// The error itself.
    public var rpcError: RPCError { self }
}
