import BuurtkrachtRPC

// The methods of the JSON-RPC 2.0 specification's examples, registered beside Buurtkracht's
// as an integrator would register their own.

enum Subtract: RPCMethod {
    static let name = "subtract"
    static let summary = "minuend − subtrahend."
    static let requiresSession = false
    struct Params: Codable, Sendable {
        var minuend: Int
        var subtrahend: Int
    }
    static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Int {
        params.minuend - params.subtrahend
    }
}

enum Sum: RPCMethod {
    static let name = "sum"
    static let summary = "The sum of the numbers."
    static let requiresSession = false
    static func handle(_ params: [Int], in context: RPCRequestContext) async throws -> Int {
        params.reduce(0, +)
    }
}

enum NotifySum: RPCMethod {
    static let name = "notify_sum"
    static let summary = "Adds, for nobody."
    static let requiresSession = false
    static func handle(_ params: [Int], in context: RPCRequestContext) async throws -> Int {
        params.reduce(0, +)
    }
}

enum Update: RPCMethod {
    static let name = "update"
    static let summary = "Takes numbers."
    static let requiresSession = false
    static func handle(_ params: [Int], in context: RPCRequestContext) async throws -> RPCNull { RPCNull() }
}

enum NotifyHello: RPCMethod {
    static let name = "notify_hello"
    static let summary = "Says hello to nobody."
    static let requiresSession = false
    static func handle(_ params: [Int], in context: RPCRequestContext) async throws -> RPCNull { RPCNull() }
}

enum GetData: RPCMethod {
    static let name = "get_data"
    static let summary = "[\"hello\", 5]."
    static let requiresSession = false
    struct Pair: Codable, Sendable {
        var text: String
        var number: Int
        init(text: String, number: Int) {
            self.text = text
            self.number = number
        }
        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            text = try container.decode(String.self)
            number = try container.decodeIfPresent(Int.self) ?? 0
        }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(text)
            try container.encode(number)
        }
    }
    static func handle(_ params: RPCEmpty, in context: RPCRequestContext) async throws -> Pair {
        Pair(text: "hello", number: 5)
    }
}

/// Sleeps for `milliseconds` (cancellable): for ordering and cancellation tests.
enum Sleep: RPCMethod {
    static let name = "test.sleep"
    static let summary = "Sleeps."
    static let requiresSession = false
    struct Params: Codable, Sendable {
        var milliseconds: Int
        var tag: String?
    }
    static func handle(_ params: Params, in context: RPCRequestContext) async throws -> String {
        try await Task.sleep(for: .milliseconds(params.milliseconds))
        return params.tag ?? "slept"
    }
}

/// Returns a large text: for "responses are never interleaved".
enum Large: RPCMethod {
    static let name = "test.large"
    static let summary = "A large result."
    static let requiresSession = false
    struct Params: Codable, Sendable {
        var size: Int
        var fill: String
    }
    static func handle(_ params: Params, in context: RPCRequestContext) async throws -> String {
        String(repeating: params.fill, count: params.size)
    }
}

/// Throws an error that is not RPC-convertible and whose description holds a secret.
enum Leaky: RPCMethod {
    static let name = "test.leaky"
    static let summary = "Fails inside."
    static let requiresSession = false
    struct SecretError: Error, CustomStringConvertible {
        var description: String { "BSN 111222333 of Jan Jansen" }
    }
    static func handle(_ params: RPCEmpty, in context: RPCRequestContext) async throws -> RPCEmpty {
        throw SecretError()
    }
}

/// Buurtkracht's methods plus the examples'.
func exampleDispatcher() throws -> RPCDispatcher {
    var builder = try RPCRegistryBuilder.buurtkracht()
    for method: any RPCMethod.Type in [Subtract.self, Sum.self, NotifySum.self, Update.self, NotifyHello.self, GetData.self, Sleep.self, Large.self, Leaky.self] {
        try builder.register(method)
    }
    return try builder.build()
}
