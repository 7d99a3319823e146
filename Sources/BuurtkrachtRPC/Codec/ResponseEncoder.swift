public import BuurtkrachtJSON

/// Writes JSON-RPC response objects as compact JSON text, splicing the id and result in as
/// already-encoded JSON.
///
/// ```swift
/// let body = ResponseEncoder.result(RawJSON(unchecked: Array("{}".utf8)), id: RPCRequestID(1))
/// // {"jsonrpc":"2.0","id":1,"result":{}}
/// ```
public enum ResponseEncoder {
    private static let head = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
    private static let resultKey = Array(#","result":"#.utf8)
    private static let errorKey = Array(#","error":{"code":"#.utf8)
    private static let messageKey = Array(#","message":"#.utf8)
    private static let dataKey = Array(#","data":"#.utf8)

    /// `{"jsonrpc":"2.0","id":<id>,"result":<result>}`.
    public static func result(_ result: RawJSON, id: RPCRequestID) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(head.count + id.json.bytes.count + resultKey.count + result.bytes.count + 1)
        bytes.append(contentsOf: head)
        bytes.append(contentsOf: id.json.bytes)
        bytes.append(contentsOf: resultKey)
        bytes.append(contentsOf: result.bytes)
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    /// `{"jsonrpc":"2.0","id":<id>,"error":{"code":…,"message":…,"data":…}}`.
    public static func error(_ error: RPCError, id: RPCRequestID) -> [UInt8] {
        var bytes = head
        bytes.append(contentsOf: id.json.bytes)
        bytes.append(contentsOf: errorKey)
        bytes.append(contentsOf: String(error.code.rawValue).utf8)
        bytes.append(contentsOf: messageKey)
        bytes.append(contentsOf: (try? JSONCEncoder(initialCapacity: 64).encode(error.message)) ?? Array(#""""#.utf8))
        if let data = error.data {
            bytes.append(contentsOf: dataKey)
            bytes.append(contentsOf: data.bytes)
        }
        bytes.append(contentsOf: Array("}}".utf8))
        return bytes
    }

    /// A batch response: the members' bodies in a JSON array.
    public static func batch(_ members: [[UInt8]]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, member) in members.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: member)
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }
}
