public import BuurtkrachtJSON

/// One JSON-RPC message from the client, after the envelope has been checked.
public enum RPCMessage: Sendable {
    /// A request: it gets exactly one response.
    case request(RPCRequestID, method: String, params: JSONNode?)
    /// A notification (no `id` member): it never gets a response, not even an error.
    case notification(method: String, params: JSONNode?)
    /// Not a valid request object: answered with the error, and the id when it could be read.
    case invalid(RPCRequestID, RPCError)

    /// Checks the envelope of one message.
    ///
    /// Rules (JSON-RPC 2.0 §4): an object with `"jsonrpc": "2.0"` and a string `method`;
    /// `params`, when present, is an array or object — `"params": null` counts as absent, as
    /// common clients send it; `id`, when present, is a number, a string or null (a present
    /// `null` id makes a request, an absent one a notification). Other members are ignored.
    public init(_ node: JSONNode) {
        guard node.kind == .object else {
            self = .invalid(.null, .invalidRequest("a request is a JSON object with \"jsonrpc\": \"2.0\" and a \"method\"."))
            return
        }
        let idNode = node["id"]
        var id = RPCRequestID.null
        if let idNode {
            guard let valid = RPCRequestID(node: idNode) else {
                self = .invalid(.null, .invalidRequest("\"id\" must be a number, a string or null."))
                return
            }
            id = valid
        }
        guard node["jsonrpc"]?.stringValue == "2.0" else {
            self = .invalid(id, .invalidRequest("\"jsonrpc\" must be exactly \"2.0\"."))
            return
        }
        guard let method = node["method"]?.stringValue else {
            self = .invalid(id, .invalidRequest("\"method\" must be a string naming the method to call."))
            return
        }
        var params = node["params"]
        if let given = params {
            switch given.kind {
            case .null: params = nil
            case .array, .object: break
            default:
                self = .invalid(id, .invalidRequest("\"params\" must be an object (named) or an array (by position), or absent."))
                return
            }
        }
        self = idNode == nil ? .notification(method: method, params: params) : .request(id, method: method, params: params)
    }
}
