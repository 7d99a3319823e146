import BuurtkrachtJSON

/// A registered method with its types erased: decode the params, run the handler, encode the
/// result. Built once per method by ``RPCRegistryBuilder``.
struct RPCMethodEntry: Sendable {
    let name: String
    let summary: String
    let requiresSession: Bool
    let runsInReadLoop: Bool
    let params: ParamsShape
    let call: @Sendable (_ params: JSONNode, _ context: RPCRequestContext) async throws -> RawJSON

    init<Method: RPCMethod>(_ method: Method.Type, params: ParamsShape) {
        self.name = Method.name
        self.summary = Method.summary
        self.requiresSession = Method.requiresSession
        self.runsInReadLoop = Method.runsInReadLoop
        self.params = params
        self.call = { node, context in
            let decoded: Method.Params
            do {
                decoded = try JSONCDecoder().decode(Method.Params.self, from: node)
            } catch let error as DecodingError {
                let summary = DecodingErrorSummary(error, root: "params")
                throw RPCError.invalidParams(field: summary.field, reason: summary.reason)
            }
            let result = try await Method.handle(decoded, in: context)
            return RawJSON(unchecked: try JSONCEncoder(initialCapacity: 256).encode(result))
        }
    }
}
