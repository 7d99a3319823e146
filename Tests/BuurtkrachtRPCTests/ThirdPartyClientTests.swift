import BuurtkrachtRPC
import BuurtkrachtTestSupport
import Foundation
import Testing

/// Drives `buurtkracht serve` with a JSON-RPC client written by someone else —
/// `python-lsp-jsonrpc` from PyPI, which speaks LSP's Content-Length framing over streams — so
/// that our reading of the specification is checked by theirs.
@Suite(.serialized) struct ThirdPartyClientTests {
    /// Whether `python3` can import `pylsp_jsonrpc`.
    static let clientAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import pylsp_jsonrpc"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    static let script = #"""
        import json, subprocess, sys, threading
        from pylsp_jsonrpc.endpoint import Endpoint
        from pylsp_jsonrpc.exceptions import JsonRpcException
        from pylsp_jsonrpc.streams import JsonRpcStreamReader, JsonRpcStreamWriter

        executable, database, token = sys.argv[1:4]
        server = subprocess.Popen([executable, "serve", "--db", database, "--log-level", "warning"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        endpoint = Endpoint({}, JsonRpcStreamWriter(server.stdin).write)
        reader = JsonRpcStreamReader(server.stdout)
        threading.Thread(target=reader.listen, args=(endpoint.consume,), daemon=True).start()

        def call(method, params=None):
            return endpoint.request(method, params).result(timeout=20)

        def error_code(method, params=None):
            try:
                call(method, params)
                return None
            except JsonRpcException as error:
                return error.code

        out = {}
        out["ping"] = call("ping")
        out["uninitialized"] = error_code("signals.triageQueue", {"neighbourhood": "BU19160101"})
        out["initialize"] = call("initialize", {"token": token, "clientInfo": {"name": "pylsp-jsonrpc", "version": "1"}})
        address = {"street": "Dorpsstraat", "houseNumber": "3", "city": "Leidschendam", "neighbourhood": "BU19160101"}
        futures = [endpoint.request("signals.report", {"subject": {"kind": "address", "address": address},
                   "reporter": {"kind": "neighbour"}, "category": "socialIsolation", "severity": 2,
                   "observedAt": "2026-11-20T10:00:00Z"}) for _ in range(20)]
        out["reported"] = len({f.result(timeout=20)["signal"]["id"] for f in futures})
        out["queue"] = call("signals.triageQueue", {"neighbourhood": "BU19160101"})
        out["positional"] = call("signals.triageQueue", ["BU19160101"]) == out["queue"]
        out["missing"] = error_code("no.such.method")
        out["invalidParams"] = error_code("signals.triageQueue", {"neighbourhood": 7})
        out["notFound"] = error_code("plans.get", {"plan": "plan-that-does-not-exist"})
        out["discover"] = len(call("rpc.discover")["methods"])
        out["shutdown"] = call("shutdown")
        endpoint.notify("exit")
        out["status"] = server.wait(timeout=20)
        endpoint.shutdown()
        print(json.dumps(out))
        """#

    @Test(.enabled(if: clientAvailable, "python3 with python-lsp-jsonrpc is not installed: pip install python-lsp-jsonrpc"))
    func pythonLSPJSONRPCDrivesASession() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("python.sqlite")
        let scriptFile = folder.appendingPathComponent("client.py")
        try Self.script.write(to: scriptFile, atomically: true, encoding: .utf8)
        let token = try BuiltProducts.run("buurtkracht", ["token", "issue", "--operator", "coordinator", "--db", database.path])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptFile.path, try BuiltProducts.buurtkracht.path, database.path, token]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let result = try JSONValue(parsing: Array(data))
        #expect(result["ping"] == .object([:]))
        #expect(result["uninitialized"] == .number("-32002"))
        #expect(result["initialize"]?["session"]?["role"] == .string("coordinator"))
        #expect(result["reported"] == .number("20"))
        #expect(result["queue"]?[0]?["signals"]?.array?.count == 20)
        #expect(result["positional"] == .bool(true))
        #expect(result["missing"] == .number("-32601"))
        #expect(result["invalidParams"] == .number("-32602"))
        #expect(result["notFound"] == .number("-32040"))
        #expect(result["discover"]?.int ?? 0 > 60)
        #expect(result["shutdown"] == .null)
        #expect(result["status"] == .number("0"))
    }
}
