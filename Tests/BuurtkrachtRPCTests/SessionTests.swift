import Buurtkracht
import BuurtkrachtRPC
import BuurtkrachtTesting
import Testing

/// `initialize`, access, `shutdown` and `exit`.
@Suite struct SessionTests {
    @Test func domainMethodsNeedInitialize() async throws {
        let harness = try await ServerHarness()
        let response = try await harness.call(#"{"jsonrpc":"2.0","id":1,"method":"directory.partners"}"#)
        #expect(response["error"]?["code"] == .number("-32002"))
        _ = await harness.finish()
    }

    @Test func pingAndDiscoveryWorkBeforeInitialize() async throws {
        let harness = try await ServerHarness()
        #expect(try await harness.call(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)["result"] == .object([:]))
        let document = try await harness.call(#"{"jsonrpc":"2.0","id":2,"method":"rpc.discover"}"#)
        #expect(document["result"]?["openrpc"] == .string("1.3.2"))
        _ = await harness.finish()
    }

    @Test func initializeReturnsServerInfoAndTheSessionsCaller() async throws {
        let harness = try await ServerHarness()
        let token = try await harness.token(for: harness.world.coordinator)
        let response = try await harness.call(
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"token":"\#(token)","clientInfo":{"name":"test","version":"1"}}}"#
        )
        let result = try #require(response["result"])
        #expect(result["serverInfo"]?["name"] == .string("buurtkracht"))
        #expect(result["protocolVersion"] == .string(RPCServerInfo.protocolVersion))
        #expect(result["capabilities"]?["batches"] == .bool(true))
        #expect(result["session"]?["professional"] == .string(harness.world.coordinator.professional.rawValue))
        #expect(result["session"]?["role"] == .string("coordinator"))
        _ = await harness.finish()
    }

    @Test func anUnknownTokenIsDeniedWithoutSayingWhy() async throws {
        let harness = try await ServerHarness()
        let response = try await harness.call(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"token":"bkt_wrong"}}"#)
        #expect(response["error"]?["code"] == .number("-32030"))
        #expect(response["error"]?["data"]?["code"] == .string("accessDenied"))
        #expect(try await harness.call(#"{"jsonrpc":"2.0","id":2,"method":"directory.partners"}"#)["error"]?["code"] == .number("-32002"))
        _ = await harness.finish()
    }

    @Test func initializeTwiceIsAnInvalidRequest() async throws {
        let harness = try await ServerHarness()
        try await harness.initialize(as: harness.world.coordinator)
        let token = try await harness.token(for: harness.world.auditor)
        let again = try await harness.call(#"{"jsonrpc":"2.0","id":2,"method":"initialize","params":{"token":"\#(token)"}}"#)
        #expect(again["error"]?["code"] == .number("-32600"))
        _ = await harness.finish()
    }

    @Test func everyCallRunsWithTheSessionsAccessContext() async throws {
        let harness = try await ServerHarness()
        let client = try await harness.world.registerClient(familyName: "Jansen")
        try await harness.initialize(as: harness.world.policeOfficer)
        let response = try await harness.call(#"{"jsonrpc":"2.0","id":1,"method":"clients.get","params":{"client":"\#(client.id)"}}"#)
        #expect(response["error"]?["code"] == .number("-32030"))
        #expect(response["error"]?["data"]?["context"]?["record"] == .string("client"))
        #expect(!response.description.contains("Jansen"))
        _ = await harness.finish()
    }

    @Test func aDomainErrorCarriesItsCodeAndContext() async throws {
        let harness = try await ServerHarness()
        try await harness.initialize(as: harness.world.coordinator)
        let response = try await harness.call(#"{"jsonrpc":"2.0","id":1,"method":"plans.get","params":{"plan":"plan-missing"}}"#)
        #expect(response == (try JSONValue(parsing: """
            {"jsonrpc":"2.0","id":1,"error":{"code":-32040,"message":"No plan with id plan-missing exists. Check the id, or list the records to find it.","data":{"code":"notFound","context":{"id":"plan-missing","record":"plan"}}}}
            """)))
        _ = await harness.finish()
    }

    @Test func shutdownThenExitEndsCleanly() async throws {
        let harness = try await ServerHarness()
        try await harness.initialize(as: harness.world.coordinator)
        #expect(try await harness.call(#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#)["result"] == .null)
        let after = try await harness.call(#"{"jsonrpc":"2.0","id":2,"method":"directory.partners"}"#)
        #expect(after["error"]?["code"] == .number("-32600"))
        harness.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
        let ending = await harness.ended
        #expect(ending == .exit(afterShutdown: true))
        #expect(ending.exitStatus == 0)
    }

    @Test func exitWithoutShutdownEndsWithStatusOne() async throws {
        let harness = try await ServerHarness()
        harness.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(await harness.ended.exitStatus == 1)
    }

    @Test func shutdownWaitsForRequestsInFlight() async throws {
        let harness = try await ServerHarness()
        harness.send(#"{"jsonrpc":"2.0","id":"work","method":"test.sleep","params":{"milliseconds":200}}"#)
        harness.send(#"{"jsonrpc":"2.0","id":"down","method":"shutdown"}"#)
        #expect(try await harness.nextValue()?["id"] == .string("work"))
        #expect(try await harness.nextValue()?["id"] == .string("down"))
        _ = await harness.finish()
    }
}
