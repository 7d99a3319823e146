import BuurtkrachtRPC
import Testing

/// Thousands of random and malformed messages: every request gets exactly one well-formed
/// response, notifications none, and the server stays up.
@Suite struct RobustnessTests {
    /// A small, seeded generator (SplitMix64), so a failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// One message and how many responses it must get.
    struct Case {
        var text: String
        var responses: Int
    }

    static let methods = ["ping", "subtract", "sum", "no.such", "signals.report", "plans.get", "rpc.discover", "test.leaky", "$/cancelRequest", "clients.find"]
    static let params = ["", #","params":null"#, #","params":[1,2]"#, #","params":{"minuend":3,"subtrahend":1}"#, #","params":{"x":[{"y":null}]}"#, #","params":"text""#, #","params":[]"#, #","params":{"id":1}"#]
    static let ids = [#"1"#, #""abc""#, #"null"#, #"1.5"#, #"-7"#, #"{}"#, #"[1]"#, #"true"#]

    static func randomCase(_ random: inout SeededGenerator) -> Case {
        switch Int.random(in: 0..<10, using: &random) {
        case 0...3:
            // A well-formed or nearly well-formed request.
            let id = ids.randomElement(using: &random) ?? "1"
            let text = #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(methods.randomElement(using: &random) ?? "ping")"\#(params.randomElement(using: &random) ?? "")}"#
            return Case(text: text, responses: 1)
        case 4:
            // A notification: never answered, whatever it does.
            let text = #"{"jsonrpc":"2.0","method":"\#(methods.randomElement(using: &random) ?? "ping")"\#(params.randomElement(using: &random) ?? "")}"#
            let valid = !text.contains(#""params":"text""#)
            return Case(text: text, responses: valid ? 0 : 1)
        case 5:
            // Random printable garbage (no newline).
            let length = Int.random(in: 1..<200, using: &random)
            let text = String((0..<length).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &random))) })
            return Case(text: text, responses: -1)
        case 6:
            // A valid message cut short.
            let full = #"{"jsonrpc":"2.0","id":5,"method":"subtract","params":[9,3]}"#
            return Case(text: String(full.prefix(Int.random(in: 1..<full.count, using: &random))), responses: 1)
        case 7:
            // A batch of requests, notifications and junk.
            let count = Int.random(in: 1..<6, using: &random)
            var members: [String] = []
            var answered = 0
            for index in 0..<count {
                switch Int.random(in: 0..<3, using: &random) {
                case 0:
                    members.append(#"{"jsonrpc":"2.0","id":\#(index),"method":"ping"}"#)
                    answered += 1
                case 1:
                    members.append(#"{"jsonrpc":"2.0","method":"ping"}"#)
                default:
                    members.append(["1", "\"x\"", "{}", "[]", "null"].randomElement(using: &random) ?? "1")
                    answered += 1
                }
            }
            return Case(text: "[" + members.joined(separator: ",") + "]", responses: answered > 0 ? 1 : 0)
        case 8:
            // Valid JSON that is not a request.
            return Case(text: ["1", "\"text\"", "null", "true", "{}", #"{"jsonrpc":"2.0"}"#, #"{"method":"ping","id":1}"#].randomElement(using: &random) ?? "1", responses: 1)
        default:
            // Broken escapes, bad UTF-8 stand-ins, deep nesting.
            return Case(
                text: [#"{"jsonrpc":"2.0","id":1,"method":"p\ing"}"#, #"{"a":"\uD800"}"#, String(repeating: "[", count: 100) + String(repeating: "]", count: 100), #"{"jsonrpc":"2.0","id":1,"method":"ping",}"#, "{'a':1}", "NaN"].randomElement(using: &random) ?? "{",
                responses: 1
            )
        }
    }

    @Test("3000 random messages: one well-formed response per request, none per notification", arguments: [UInt64(1), 20_261_123])
    func randomAndMalformedMessages(seed: UInt64) async throws {
        var random = SeededGenerator(state: seed)
        let harness = try await ServerHarness()
        // The first message sets the framing (newline-delimited); then anything goes.
        #expect(try await harness.call(#"{"jsonrpc":"2.0","id":0,"method":"ping"}"#)["id"] == .number("0"))
        var expected = 0
        var garbage = 0
        for _ in 0..<3000 {
            let message = Self.randomCase(&random)
            harness.send(message.text)
            if message.responses < 0 { garbage += 1 } else { expected += message.responses }
        }
        harness.send(#"{"jsonrpc":"2.0","id":"alive","method":"ping"}"#)
        var received = 0
        var sawAlive = false
        // Garbage lines each get a parse error (or, if they happen to be valid JSON, an
        // Invalid Request): one response each as well.
        let total = expected + garbage + 1
        while received < total {
            let body = try #require(await harness.next(), "the server stopped after \(received) of \(total) responses")
            let value = try JSONValue(parsing: body)
            if case .array(let members) = value {
                #expect(!members.isEmpty)
                #expect(members.allSatisfy { $0.isWellFormedResponse }, "\(value)")
            } else {
                #expect(value.isWellFormedResponse, "\(value)")
            }
            if value["id"] == .string("alive") { sawAlive = true }
            received += 1
        }
        #expect(sawAlive)
        // Nothing more: notifications were not answered.
        #expect(try await harness.call(#"{"jsonrpc":"2.0","id":"final","method":"ping"}"#)["id"] == .string("final"))
        #expect(await harness.finish() == .endOfInput)
    }

    @Test func randomChunkingOfContentLengthFramesLosesNothing() async throws {
        var random = SeededGenerator(state: 7)
        let harness = try await ServerHarness(framing: .contentLength)
        var stream: [UInt8] = []
        for index in 0..<1000 {
            stream += FrameEncoder(framing: .contentLength).frame(Array(#"{"jsonrpc":"2.0","id":\#(index),"method":"sum","params":[\#(index),1]}"#.utf8))
        }
        var offset = 0
        while offset < stream.count {
            let size = min(stream.count - offset, Int.random(in: 1..<300, using: &random))
            harness.sendRaw(Array(stream[offset..<(offset + size)]))
            offset += size
        }
        var seen = Set<Int>()
        for _ in 0..<1000 {
            let value = try #require(try await harness.nextValue())
            let id = try #require(value["id"]?.int)
            #expect(value["result"]?.int == id + 1)
            seen.insert(id)
        }
        #expect(seen.count == 1000)
        _ = await harness.finish()
    }
}
