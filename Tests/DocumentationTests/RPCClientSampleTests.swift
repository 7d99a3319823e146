import BuurtkrachtTestSupport
import Foundation
import Testing

/// `Samples/rpc-client.py` runs its whole session against the `buurtkracht` built with the tests.
@Suite struct RPCClientSampleTests {
    @Test(.enabled(if: python3 != nil, "python3 is not installed"))
    func thePythonClientRunsASessionFromInitializeToExit() async throws {
        let python = try #require(python3)
        let script = PackageFiles.root.appendingPathComponent("Samples/rpc-client.py").path
        let run = try await runToEnd(python, [script, "--buurtkracht", try BuiltProducts.buurtkracht.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("-> {\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\""))
        #expect(run.output.contains("1 dwelling in the queue, 2 independent sources"))
        #expect(run.output.contains("goal style: coaching"))
        #expect(run.output.contains("The server exited with status 0."))
        #expect(!run.output.contains("bkt_"), "the token's secret is never printed")
    }
}
