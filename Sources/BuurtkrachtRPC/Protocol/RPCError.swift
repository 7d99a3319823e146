public import BuurtkrachtJSON

/// A JSON-RPC error object: a code, a message, and optional structured data.
///
/// Build one with a factory, or throw any ``RPCErrorConvertible`` error from a method; every
/// other error reaches the client as ``internalError()`` with nothing about it leaked.
///
/// ```swift
/// throw RPCError.invalidParams(field: "params.neighbourhood", reason: "is required")
/// ```
///
/// The message and data go to the client as they are: never put personal data in them.
public struct RPCError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The code.
    public var code: RPCErrorCode
    /// A short description of the error, saying what to fix.
    public var message: String
    /// Structured details as JSON text, or nil.
    public var data: RawJSON?

    /// Creates an error with raw JSON data.
    public init(code: RPCErrorCode, message: String, data: RawJSON? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    /// Creates an error whose data is `data` encoded as JSON (dropped if it cannot be encoded).
    public init(code: RPCErrorCode, message: String, data: some Encodable & Sendable) {
        self.code = code
        self.message = message
        self.data = (try? JSONCEncoder(initialCapacity: 128).encode(data)).map(RawJSON.init(unchecked:))
    }

    /// `[code] message`.
    public var description: String { "[\(code.rawValue)] \(message)" }

    // MARK: Factories

    /// -32700 "Parse error", for text that is not JSON; `data.detail` carries the JSON layer's
    /// value-free explanation.
    public static func parseError(_ detail: String) -> RPCError {
        RPCError(code: .parseError, message: "Parse error", data: Detail(detail: detail))
    }

    /// -32600 "Invalid Request"; `data.detail` says what is wrong with the request object.
    public static func invalidRequest(_ detail: String) -> RPCError {
        RPCError(code: .invalidRequest, message: "Invalid Request", data: Detail(detail: detail))
    }

    /// -32601 "Method not found" for `method`.
    public static func methodNotFound(_ method: String) -> RPCError {
        RPCError(
            code: .methodNotFound,
            message: "Method not found",
            data: MethodDetail(method: method, detail: "No method '\(method)'. Call rpc.discover for the list of methods.")
        )
    }

    /// -32602 "Invalid params"; `data` names the offending field (`params.subject.kind`) and
    /// why, never its value.
    public static func invalidParams(field: String, reason: String) -> RPCError {
        RPCError(code: .invalidParams, message: "Invalid params", data: FieldDetail(field: field.isEmpty ? "params" : field, reason: reason))
    }

    /// -32603 "Internal error": the cause stays in the server log.
    public static func internalError() -> RPCError {
        RPCError(code: .internalError, message: "Internal error", data: Detail(detail: "The server log has the details."))
    }

    /// -32002 for `method`.
    public static func serverNotInitialized(_ method: String) -> RPCError {
        RPCError(
            code: .serverNotInitialized,
            message: "The session is not initialized: call 'initialize' with an access token before '\(method)'.",
            data: MethodDetail(method: method, detail: nil)
        )
    }

    /// -32004 for a message over `limit` bytes.
    public static func messageTooLarge(limit: Int) -> RPCError {
        RPCError(
            code: .messageTooLarge,
            message: "The message is larger than the limit of \(limit) bytes and was skipped. Send smaller messages.",
            data: ["limit": limit]
        )
    }

    /// -32800.
    public static func requestCancelled() -> RPCError {
        RPCError(code: .requestCancelled, message: "Request cancelled.")
    }
}

/// `data` of the specification's errors: what exactly is wrong.
private struct Detail: Encodable, Sendable {
    let detail: String
}

/// `data` naming a method.
private struct MethodDetail: Encodable, Sendable {
    let method: String
    let detail: String?
}

/// `data` of -32602: the field and why.
private struct FieldDetail: Encodable, Sendable {
    let field: String
    let reason: String
}
