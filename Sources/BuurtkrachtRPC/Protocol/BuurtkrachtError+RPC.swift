public import Buurtkracht

extension BuurtkrachtError: RPCErrorConvertible {
    /// The core error on the wire: the stable code for its ``Buurtkracht/BuurtkrachtError/Code``
    /// (see ``RPCErrorCode/init(domainCode:)``), its message, and
    /// `data: {"code": "notFound", "context": {"record": "client", "id": "…"}}`.
    ///
    /// The core guarantees that messages and context carry ids, codes and field names only.
    public var rpcError: RPCError {
        RPCError(code: RPCErrorCode(domainCode: code), message: message, data: DomainErrorData(code: code.rawValue, context: context))
    }
}

/// The `data` of a domain error.
struct DomainErrorData: Encodable, Sendable {
    let code: String
    let context: [String: String]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        // Sorted, so that the same error always reads the same.
        var nested = container.nestedContainer(keyedBy: ContextKey.self, forKey: .context)
        for (key, value) in context.sorted(by: { $0.key < $1.key }) {
            try nested.encode(value, forKey: ContextKey(stringValue: key))
        }
    }

    private enum CodingKeys: String, CodingKey { case code, context }

    private struct ContextKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
