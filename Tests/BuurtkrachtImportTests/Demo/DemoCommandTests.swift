import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtSQLite
import BuurtkrachtTestSupport
import Foundation
import Testing

/// The real `buurtkracht demo` keeps its sample in a SQLite file and, run again on that file,
/// reuses it: same records, same report.
///
/// Here rather than with the RPC tests because it needs the built executable and the SQLite
/// store together, which this target already has.
@Suite("buurtkracht demo on SQLite")
struct DemoCommandTests {
    @Test("a second run on the same file adds no records and prints the same triage queue and report", .timeLimit(.minutes(2)))
    func secondRunReusesTheData() async throws {
        let folder = try ScratchFolder()
        let database = folder.path("demo.sqlite")

        let first = try runDemo(["demo", "--db", database])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Built the demo neighbourhood in \(database)."))
        let afterFirst = try await RecordCounts(database: database)
        #expect(afterFirst.clients == 30)
        #expect(afterFirst.signals > 20)

        let second = try runDemo(["demo", "--db", database])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.hasPrefix("Reused the demo data already in \(database)"))
        #expect(try await RecordCounts(database: database) == afterFirst)
        #expect(body(second.stdout) == body(first.stdout), "the same triage queue and report")
        #expect(body(first.stdout).contains("Triage queue BU19160101"))
    }

    @Test("a file with other data is refused, not mixed with the demo")
    func otherDataIsRefused() async throws {
        let folder = try ScratchFolder()
        let database = folder.path("other.sqlite")
        let services = Services(storage: try SQLiteStorage(path: database))
        _ = try await services.directory.bootstrap(partnerName: "Wijkteam Zuid", administratorName: "Beheer Zuid")

        let run = try runDemo(["demo", "--db", database])
        #expect(run.status != 0)
        #expect(run.stderr.contains("holds data the demo did not make"))
        #expect(try await RecordCounts(database: database).partners == 1)
    }

    /// The output after its first line, which says whether the data was built or reused.
    private func body(_ output: String) -> Substring {
        output.drop { $0 != "\n" }
    }

    /// Runs `buurtkracht` to the end and returns its status, stdout and stderr.
    private func runDemo(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = try BuiltProducts.executable("buurtkracht")
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // The demo prints a few kilobytes; stderr is read after stdout reaches its end.
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}

/// How many records of each kind a database holds.
private struct RecordCounts: Equatable {
    var partners = 0
    var professionals = 0
    var clients = 0
    var signals = 0
    var plans = 0
    var visits = 0
    var groups = 0
    var volunteers = 0
    var ties = 0
    var consents = 0

    /// Opens `database` with the key file that the command line keeps beside it.
    init(database: String) async throws {
        let keyFile = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("buurtkracht.key").path
        let storage = try SQLiteStorage(path: database, bsnProtection: try KeyedBSNProtection(keyFile: keyFile))
        self = try await storage.read { tx in
            var counts = RecordCounts()
            counts.partners = try tx.directory.partners().count
            counts.professionals = try tx.directory.professionals(of: nil).count
            counts.clients = try tx.clients.clients(matching: ClientQuery()).count
            counts.signals = try tx.signals.signals(matching: SignalQuery()).count
            counts.plans = try tx.plans.plans(matching: PlanQuery()).count
            counts.visits = try tx.visits.visits(matching: VisitQuery()).count
            counts.groups = try tx.groups.groups(matching: GroupQuery()).count
            counts.volunteers = try tx.network.volunteers(matching: VolunteerQuery()).count
            counts.ties = try tx.network.ties(matching: TieQuery()).count
            counts.consents = try tx.consents.consents(matching: ConsentQuery()).count
            return counts
        }
    }

    private init() {}
}
