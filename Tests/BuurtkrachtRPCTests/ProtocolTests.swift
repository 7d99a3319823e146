import BuurtkrachtJSON
import Buurtkracht
import BuurtkrachtRPC
import BuurtkrachtTesting
import Testing

/// JSON-RPC 2.0 rules beyond the specification's examples.
@Suite struct ProtocolTests {
    @Test func idsAreEchoedExactlyAsSent() async throws {
        let harness = try await ServerHarness()
        for id in ["1.50", "1e3", "\"x\\/y\"", "\"7\"", "null", "18446744073709551615"] {
            harness.send(#"{"jsonrpc":"2.0","id":\#(id),"method":"ping"}"#)
            let body = try #require(await harness.next())
            let text = String(decoding: body, as: UTF8.self)
            let expected = id == "\"x\\/y\"" ? "\"x/y\"" : id
            #expect(text == #"{"jsonrpc":"2.0","id":\#(expected),"result":{}}"#)
        }
        _ = await harness.finish()
    }

    @Test func nullParamsCountAsAbsent() async throws {
        let harness = try await ServerHarness()
        let response = try await harness.call(#"{"jsonrpc":"2.0","id":1,"method":"ping","params":null}"#)
        #expect(response["result"] == .object([:]))
        _ = await harness.finish()
    }

    @Test func aRequestWithANullIdIsAnsweredWithANullId() async throws {
        let harness = try await ServerHarness()
        let response = try await harness.call(#"{"jsonrpc":"2.0","id":null,"method":"subtract","params":[5,2]}"#)
        #expect(response == (try JSONValue(parsing: #"{"jsonrpc":"2.0","id":null,"result":3}"#)))
        _ = await harness.finish()
    }

    @Test func notificationsAreNeverAnsweredEvenWhenTheyFail() async throws {
        let harness = try await ServerHarness()
        harness.send(#"{"jsonrpc":"2.0","method":"no.such.method"}"#)
        harness.send(#"{"jsonrpc":"2.0","method":"subtract","params":{"minuend":"x"}}"#)
        harness.send(#"{"jsonrpc":"2.0","method":"signals.report","params":{}}"#)
        harness.send(#"{"jsonrpc":"2.0","method":"test.leaky"}"#)
        let response = try await harness.call(#"{"jsonrpc":"2.0","id":"last","method":"ping"}"#)
        #expect(response["id"] == .string("last"))
        _ = await harness.finish()
    }

    @Test func anInvalidVersionIsAnInvalidRequestThatKeepsTheId() async throws {
        let harness = try await ServerHarness()
        let response = try await harness.call(#"{"jsonrpc":"1.0","id":9,"method":"ping"}"#)
        #expect(response["id"] == .number("9"))
        #expect(response["error"]?["code"] == .number("-32600"))
        _ = await harness.finish()
    }

    @Test func anIdThatIsNotANumberStringOrNullIsAnInvalidRequest() async throws {
        let harness = try await ServerHarness()
        let response = try await harness.call(#"{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}"#)
        #expect(response["id"] == .null)
        #expect(response["error"]?["code"] == .number("-32600"))
        _ = await harness.finish()
    }

    @Test func invalidParamsNameTheFieldButNotTheValue() async throws {
        let harness = try await ServerHarness()
        let response = try await harness.call(
            #"{"jsonrpc":"2.0","id":1,"method":"rpc.discover","params":{}}"#
        )
        #expect(response["result"] != nil)
        let bad = try await harness.call(#"{"jsonrpc":"2.0","id":2,"method":"subtract","params":{"minuend":"secret-value","subtrahend":1}}"#)
        #expect(bad["error"]?["code"] == .number("-32602"))
        #expect(bad["error"]?["data"]?["field"] == .string("params.minuend"))
        #expect(!bad.description.contains("secret-value"))
        _ = await harness.finish()
    }

    @Test func nestedInvalidParamsGiveTheFullPath() async throws {
        let harness = try await ServerHarness()
        try await harness.initialize(as: harness.world.teamMember)
        let response = try await harness.call(
            #"{"jsonrpc":"2.0","id":1,"method":"signals.report","params":{"subject":{"kind":"address"},"reporter":{"kind":"neighbour"},"category":"nuisance","severity":2,"observedAt":"2026-11-20T10:00:00Z"}}"#
        )
        #expect(response["error"]?["data"]?["field"] == .string("params.subject.address"))
        #expect(response["error"]?["data"]?["reason"] == .string("is required"))
        _ = await harness.finish()
    }

    @Test func paramsByPositionFollowTheDecodingOrderAndTooManyAreRejected() async throws {
        let harness = try await ServerHarness()
        #expect(try await harness.call(#"{"jsonrpc":"2.0","id":1,"method":"subtract","params":[10,4]}"#)["result"] == .number("6"))
        let tooMany = try await harness.call(#"{"jsonrpc":"2.0","id":2,"method":"subtract","params":[1,2,3]}"#)
        #expect(tooMany["error"]?["code"] == .number("-32602"))
        _ = await harness.finish()
    }

    @Test func anUnconvertibleErrorIsAnInternalErrorWithNothingLeaked() async throws {
        let harness = try await ServerHarness()
        let response = try await harness.call(#"{"jsonrpc":"2.0","id":1,"method":"test.leaky"}"#)
        #expect(response["error"]?["code"] == .number("-32603"))
        #expect(!response.description.contains("111222333"))
        #expect(!response.description.contains("Jansen"))
        _ = await harness.finish()
    }

    @Test func aBatchOfOnlyNotificationsGetsNoResponse() async throws {
        let harness = try await ServerHarness()
        harness.send(#"[{"jsonrpc":"2.0","method":"ping"},{"jsonrpc":"2.0","method":"nothing.here"}]"#)
        #expect(try await harness.call(#"{"jsonrpc":"2.0","id":"x","method":"ping"}"#)["id"] == .string("x"))
        _ = await harness.finish()
    }

    @Test func independentRequestsRunConcurrentlyAndAnswerOutOfOrder() async throws {
        let harness = try await ServerHarness()
        harness.send(#"{"jsonrpc":"2.0","id":"slow","method":"test.sleep","params":{"milliseconds":400}}"#)
        harness.send(#"{"jsonrpc":"2.0","id":"fast","method":"test.sleep","params":{"milliseconds":1}}"#)
        #expect(try await harness.nextValue()?["id"] == .string("fast"))
        #expect(try await harness.nextValue()?["id"] == .string("slow"))
        _ = await harness.finish()
    }

    @Test func aCancelledRequestStillAnswersWithRequestCancelled() async throws {
        let harness = try await ServerHarness()
        harness.send(#"{"jsonrpc":"2.0","id":42,"method":"test.sleep","params":{"milliseconds":60000}}"#)
        harness.send(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":42}}"#)
        let response = try #require(try await harness.nextValue())
        #expect(response["id"] == .number("42"))
        #expect(response["error"]?["code"] == .number("-32800"))
        _ = await harness.finish()
    }

    @Test func cancellingAnUnknownIdIsIgnored() async throws {
        let harness = try await ServerHarness()
        harness.send(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"never-sent"}}"#)
        #expect(try await harness.call(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)["result"] == .object([:]))
        _ = await harness.finish()
    }

    @Test func anOversizedMessageIsAnsweredAndTheStreamRecovers() async throws {
        let harness = try await ServerHarness(configuration: .init(sizeLimit: 64))
        harness.send(#"{"jsonrpc":"2.0","id":1,"method":"test.large","params":{"size":1,"fill":"\#(String(repeating: "z", count: 200))"}}"#)
        let error = try #require(try await harness.nextValue())
        #expect(error["error"]?["code"] == .number("-32004"))
        #expect(error["error"]?["data"]?["limit"] == .number("64"))
        #expect(try await harness.call(#"{"jsonrpc":"2.0","id":2,"method":"ping"}"#)["id"] == .number("2"))
        _ = await harness.finish()
    }

    @Test func endOfInputEndsTheServerAfterRequestsInFlightFinish() async throws {
        let harness = try await ServerHarness()
        harness.send(#"{"jsonrpc":"2.0","id":"inflight","method":"test.sleep","params":{"milliseconds":200}}"#)
        harness.transport.closeInput()
        #expect(try await harness.nextValue()?["id"] == .string("inflight"))
        #expect(await harness.ended == .endOfInput)
        #expect(await harness.next() == nil)
    }
}
