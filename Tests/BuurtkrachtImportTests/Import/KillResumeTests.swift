import Buurtkracht
import BuurtkrachtImport
import BuurtkrachtPrivacy
import BuurtkrachtTestSupport
import BuurtkrachtTesting
import BuurtkrachtSQLite
import Foundation
import Testing

/// The real `buurtkracht import`, killed with SIGKILL at random moments and run again, ends with
/// exactly the right rows: no duplicates, no gaps, and a rejects file without repeats.
@Suite("Resume after SIGKILL", .serialized)
struct KillResumeTests {
    @Test("killed at least five times at random points, the import completes with exactly the right rows", .timeLimit(.minutes(5)))
    func killAndResume() async throws {
        let folder = try ScratchFolder()
        let file = folder.path("clients.csv")
        let database = folder.path("buurtkracht.sqlite")
        let mapping = folder.path("mapping.json")
        let rejects = folder.path("rejects.csv")
        let summary = try BuiltProducts.generate(rows: 20_000, seed: 99, to: file, extra: ["--write-mapping", mapping])
        let arguments = ["import", file, "--mapping", mapping, "--db", database, "--rejects", rejects, "--batch-size", "500"]
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        var attempts = 0
        while kills < 5 && attempts < 40 {
            attempts += 1
            let process = Process()
            process.executableURL = try BuiltProducts.executable("buurtkracht")
            process.arguments = arguments
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            try await Task.sleep(for: .milliseconds(Int.random(in: 150...900, using: &generator)))
            guard process.isRunning else {
                process.waitUntilExit()
                break
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            kills += 1
        }
        let final = try BuiltProducts.run("buurtkracht", arguments + ["--report", folder.path("report.json")])
        #expect(final.status == 3, "rows were rejected, so the import ends with status 3: \(final.stderr)")

        // The first run made the BSN key beside the database; every later run used it.
        let key = try KeyedBSNProtection(keyFile: folder.path("buurtkracht.key"))
        let storage = try SQLiteStorage(path: database, bsnProtection: key)
        let clients = try await storage.read { try $0.clients.clients(matching: ClientQuery()) }
        let legacyIDs = clients.compactMap { $0.externalIDs["Suite4Sociaal"] }
        #expect(clients.count == summary.expectedImported)
        #expect(Set(legacyIDs).count == legacyIDs.count, "no duplicates")
        let runs = try await storage.read { try $0.imports.runs() }
        #expect(runs.count == 1)
        #expect(runs.first?.status == .completed)
        #expect(runs.first?.counts.read == summary.rows)
        #expect(runs.first?.counts.rejected == summary.expectedRejected)
        let provenance = try await storage.read { try $0.imports.provenance(matching: ProvenanceQuery(kind: .client)) }
        #expect(provenance.count == summary.expectedImported)
        #expect(Set(provenance.map(\.row)).count == provenance.count, "one client per row")
        let rejectLines = try String(contentsOfFile: rejects, encoding: .utf8).split(separator: "\r\n")
        #expect(rejectLines.count == summary.expectedRejected + 1, "the rejects file has each rejected row once, after its header")
        let rows = rejectLines.dropFirst().compactMap { Int($0.prefix { $0 != ";" }) }
        #expect(rows == rows.sorted() && Set(rows).count == rows.count)
        if kills < 5 { Issue.record("the import finished before it was killed five times (\(kills)); make the file larger") }
    }
}
