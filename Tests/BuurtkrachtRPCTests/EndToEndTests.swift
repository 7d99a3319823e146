import BuurtkrachtRPC
import BuurtkrachtTestSupport
import Foundation
import Testing

/// The real `buurtkracht serve` as a child process over pipes, with a SQLite store, as an
/// editor or case-management front end would use it.
@Suite(.serialized) struct EndToEndTests {
    @Test func aSessionRunsFromInitializeThroughTriagePlanAndReportToExit() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("e2e.sqlite")

        // An administrator registers the coordinator.
        let admin = try BuiltProducts.run("buurtkracht", ["token", "issue", "--operator", "administrator", "--db", database.path])
        #expect(admin.status == 0)
        let adminToken = admin.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(adminToken.hasPrefix("bkt_"))
        let setup = try ServeProcess(database: database, framing: .newlineDelimited)
        let adminSession = try await setup.call(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"token":"\#(adminToken)"}}"#)
        let partner = try #require(adminSession["result"]?["session"]?["partner"]?.string)
        let registered = try await setup.call(
            #"{"jsonrpc":"2.0","id":2,"method":"directory.registerProfessional","params":{"name":"Coördinator","partner":"\#(partner)","role":"coordinator"}}"#
        )
        let coordinator = try #require(registered["result"]?["id"]?.string)
        #expect(try await setup.call(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#)["result"] == .null)
        try setup.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(await setup.waitForExit() == 0)

        // The coordinator works a signal through to a plan and a report, with LSP framing.
        let issued = try BuiltProducts.run("buurtkracht", ["token", "issue", "--professional", coordinator, "--purpose", "guidance", "--db", database.path])
        let token = issued.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try ServeProcess(database: database, framing: .contentLength)
        let session = try await server.call(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"token":"\#(token)"}}"#)
        #expect(session["result"]?["session"]?["role"] == .string("coordinator"))

        let address = #"{"street":"Kerkstraat","houseNumber":"12","postcode":"2262AB","city":"Leidschendam","neighbourhood":"BU19160101"}"#
        var signals: [String] = []
        for (index, reporter) in ["neighbour", "police"].enumerated() {
            let report = try await server.call(
                #"{"jsonrpc":"2.0","id":\#(10 + index),"method":"signals.report","params":{"subject":{"kind":"address","address":\#(address)},"reporter":{"kind":"\#(reporter)"},"category":"nuisance","severity":2,"observedAt":"2026-11-20T10:00:00Z"}}"#
            )
            signals.append(try #require(report["result"]?["signal"]?["id"]?.string))
        }
        let queue = try await server.call(#"{"jsonrpc":"2.0","id":20,"method":"signals.triageQueue","params":{"neighbourhood":"BU19160101"}}"#)
        let items = try #require(queue["result"]?.array)
        #expect(items.count == 1)
        #expect(items.first?["independentSources"] == .number("2"))
        let triaged = try await server.call(#"{"jsonrpc":"2.0","id":21,"method":"signals.triage","params":{"signal":"\#(signals[0])","severity":3}}"#)
        #expect(triaged["result"]?["status"] == .string("triaged"))

        let client = try await server.call(
            #"{"jsonrpc":"2.0","id":30,"method":"clients.register","params":{"client":{"name":{"familyName":"Jansen"},"address":\#(address),"problemAreas":["housing"],"hasForensicTitle":false,"externalIDs":{}},"basis":"publicTask"}}"#
        )
        let clientID = try #require(client["result"]?["client"]?["id"]?.string)
        let plan = try await server.call(#"{"jsonrpc":"2.0","id":31,"method":"plans.create","params":{"subject":{"kind":"client","id":"\#(clientID)"}}}"#)
        let planID = try #require(plan["result"]?["id"]?.string)
        let goal = try await server.call(
            #"{"jsonrpc":"2.0","id":32,"method":"plans.addGoal","params":{"plan":"\#(planID)","domain":"housing","description":"Huur op tijd betalen","baseline":2,"target":4,"readiness":{"competence":"unable","motivation":"willing"}}}"#
        )
        #expect(goal["result"]?["goals"]?[0]?["style"] == .string("coaching"))

        let today = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Amsterdam") ?? .gmt, from: Date())
        let year = today.year ?? 2026
        let report = try await server.call(
            #"{"jsonrpc":"2.0","id":40,"method":"reports.neighbourhood","params":{"neighbourhood":"BU19160101","period":{"first":"\#(year)-01-01","last":"\#(year)-12-31"}}}"#
        )
        #expect(report["result"] != nil, "\(report)")

        #expect(try await server.call(#"{"jsonrpc":"2.0","id":50,"method":"shutdown"}"#)["result"] == .null)
        try server.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(await server.waitForExit() == 0)
        #expect(try await server.next() == nil)
    }

    @Test func endOfInputEndsTheServerCleanly() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServeProcess(database: folder.appendingPathComponent("eof.sqlite"), framing: .newlineDelimited)
        // Pipelined in one write, split mid-message across two more.
        try server.sendRaw(Array("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\n{\"jsonrpc\":\"2.0\",\"id\":2,\"meth".utf8))
        try server.sendRaw(Array("od\":\"ping\"}\n".utf8))
        #expect(try await server.nextValue()?["id"] != nil)
        #expect(try await server.nextValue()?["id"] != nil)
        #expect(await server.closeInputAndWait() == 0)
    }

    @Test func aLimitOfOneRequestInFlightStillAnswersEveryPipelinedRequestInOrder() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServeProcess(
            database: folder.appendingPathComponent("limit.sqlite"), framing: .newlineDelimited,
            arguments: ["--max-concurrent-requests", "1"])
        let requests = (1...5).map { #"{"jsonrpc":"2.0","id":\#($0),"method":"rpc.discover"}"# + "\n" }.joined()
        try server.sendRaw(Array(requests.utf8))
        var ids: [JSONValue?] = []
        for _ in 1...5 { ids.append(try await server.nextValue()?["id"]) }
        // One at a time, so they cannot overtake each other.
        #expect(ids == (1...5).map { .number(String($0)) })
        #expect(await server.closeInputAndWait() == 0)
    }

    @Test func aLimitOfNoRequestsIsRefusedWithTheOptionsName() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltProducts.run(
            "buurtkracht", ["serve", "--db", folder.appendingPathComponent("zero.sqlite").path, "--max-concurrent-requests", "0"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--max-concurrent-requests must be at least 1"))
    }

    @Test func exitWithoutShutdownExitsWithStatusOne() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServeProcess(database: folder.appendingPathComponent("exit.sqlite"), framing: .contentLength)
        try server.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(await server.waitForExit() == 1)
    }
}
