import BuurtkrachtRPC
import Foundation
import Testing

/// Every example of the JSON-RPC 2.0 specification, section 7, verbatim, in both framings.
/// Responses are compared structurally; `error.data` (where the server explains further) is
/// ignored, as the specification's examples do not show it.
@Suite struct SpecificationExampleTests {
    /// (request text, expected response text or nil for "nothing is returned").
    static let examples: [(String, String?)] = [
        // rpc call with positional parameters
        (#"{"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}"#, #"{"jsonrpc": "2.0", "result": 19, "id": 1}"#),
        (#"{"jsonrpc": "2.0", "method": "subtract", "params": [23, 42], "id": 2}"#, #"{"jsonrpc": "2.0", "result": -19, "id": 2}"#),
        // rpc call with named parameters
        (#"{"jsonrpc": "2.0", "method": "subtract", "params": {"subtrahend": 23, "minuend": 42}, "id": 3}"#, #"{"jsonrpc": "2.0", "result": 19, "id": 3}"#),
        (#"{"jsonrpc": "2.0", "method": "subtract", "params": {"minuend": 42, "subtrahend": 23}, "id": 4}"#, #"{"jsonrpc": "2.0", "result": 19, "id": 4}"#),
        // a Notification
        (#"{"jsonrpc": "2.0", "method": "update", "params": [1,2,3,4,5]}"#, nil),
        (#"{"jsonrpc": "2.0", "method": "foobar"}"#, nil),
        // rpc call of non-existent method
        (#"{"jsonrpc": "2.0", "method": "foobar", "id": "1"}"#, #"{"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found"}, "id": "1"}"#),
        // rpc call with invalid JSON
        (#"{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]"#, #"{"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": null}"#),
        // rpc call with invalid Request object
        (#"{"jsonrpc": "2.0", "method": 1, "params": "bar"}"#, #"{"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}"#),
        // rpc call Batch, invalid JSON
        ("""
        [
          {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},
          {"jsonrpc": "2.0", "method"
        ]
        """, #"{"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": null}"#),
        // rpc call with an empty Array
        ("[]", #"{"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}"#),
        // rpc call with an invalid Batch (but not empty)
        ("[1]", #"[{"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}]"#),
        // rpc call with invalid Batch
        ("[1,2,3]", """
        [
          {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null},
          {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null},
          {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}
        ]
        """),
        // rpc call Batch
        ("""
        [
                {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},
                {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]},
                {"jsonrpc": "2.0", "method": "subtract", "params": [42,23], "id": "2"},
                {"foo": "boo"},
                {"jsonrpc": "2.0", "method": "foo.get", "params": {"name": "myself"}, "id": "5"},
                {"jsonrpc": "2.0", "method": "get_data", "id": "9"}
            ]
        """, """
        [
                {"jsonrpc": "2.0", "result": 7, "id": "1"},
                {"jsonrpc": "2.0", "result": 19, "id": "2"},
                {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null},
                {"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found"}, "id": "5"},
                {"jsonrpc": "2.0", "result": ["hello", 5], "id": "9"}
            ]
        """),
        // rpc call Batch (all notifications)
        ("""
        [
                {"jsonrpc": "2.0", "method": "notify_sum", "params": [1,2,4]},
                {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]}
            ]
        """, nil),
    ]

    @Test("Every specification example answers exactly as written", arguments: MessageFraming.allCases)
    func examplesBehaveAsWritten(framing: MessageFraming) async throws {
        let harness = try await ServerHarness(framing: framing)
        for (request, expected) in Self.examples {
            // One line per message for newline-delimited framing; verbatim with Content-Length.
            let body = framing == .newlineDelimited ? request.replacingOccurrences(of: "\n", with: " ") : request
            harness.send(body)
            // A ping after each example: every response up to the ping's belongs to the example
            // (requests run concurrently, so the ping may also overtake it: read on until both).
            harness.send(#"{"jsonrpc":"2.0","id":"after","method":"ping"}"#)
            var answers: [JSONValue] = []
            var sawPing = false
            while !sawPing || answers.count < (expected == nil ? 0 : 1) {
                let response = try #require(try await harness.nextValue())
                if response["id"] == .string("after") { sawPing = true } else { answers.append(response) }
            }
            if let expected {
                #expect(answers.map(\.withoutErrorData) == [try JSONValue(parsing: expected)], "for \(request)")
            } else {
                #expect(answers.isEmpty, "nothing may answer \(request)")
            }
        }
        #expect(await harness.finish() == .endOfInput)
    }
}
