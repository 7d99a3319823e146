// report-bench: `services.signals.report` in process, on the SQLite store, without JSON-RPC.
//
//     swift run -c release --package-path Benchmarks report-bench [--reports 30000] [--in-flight 1024] [--memory | --floor]
//
// Issue 4 asks for ≥ 20 000 durable `signals.report` writes/s end to end; rpc-bench measures
// that through the server. This benchmark takes the pipes, the JSON and the dispatcher away and
// keeps what the store does for one report (the signal row, its audit entry, the group commit
// and its fsync), so that the two figures together show where a report's time goes. It prints
// writes/s, the process's CPU time per write beside the wall time, and the busiest thread's CPU
// per write: the store's single writer, whose time bounds writes/s.
//
// `--floor` then has SQLite alone insert as many copies of the rows one report wrote (see
// SQLiteFloor), once with a savepoint per report as the store does and once without: the
// writer's CPU that no change on the Swift side can remove.
import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtSQLite
import BuurtkrachtTesting
import Foundation

#if canImport(Glibc)
import Glibc
#endif

func processCPUTime() -> Duration {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
}

func benchmark() async throws {
    let arguments = CommandLine.arguments
    func option(_ name: String, _ fallback: Int) -> Int {
        arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil } ?? fallback
    }
    let count = option("--reports", 30_000)
    let inFlight = option("--in-flight", 1024)

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // `--memory`: the core's in-memory store instead, to tell the core's share from SQLite's.
    let storage: any Storage =
        arguments.contains("--memory")
        ? InMemoryStorage()
        : try SQLiteStorage(
            path: folder.appendingPathComponent("bench.sqlite").path,
            bsnProtection: try KeyedBSNProtection(key: Data(repeating: 0x42, count: 32)))
    let town = try await TestNeighbourhood.make(storage: storage, environment: ServiceEnvironment(auditSealer: SHA256AuditSealer()))
    let signals = town.services.signals
    let context = town.coordinator
    func report(_ index: Int) throws -> SignalReport {
        SignalReport(
            subject: .address(try town.address("Benchstraat", String(index))), reporter: Reporter(kind: .neighbour),
            category: .socialIsolation, severity: .moderate, observedAt: Date(timeIntervalSince1970: 1_795_600_000),
            summary: "Gordijnen al dagen dicht.")
    }
    let reports = try (0..<count).map(report)

    let clock = ContinuousClock()
    let cpuBefore = processCPUTime()
    let threadsBefore = ThreadCPU.now()
    let wall = try await clock.measure {
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = 0
            while next < min(inFlight, count) {
                let item = reports[next]
                group.addTask { _ = try await signals.report(item, context: context) }
                next += 1
            }
            while try await group.next() != nil {
                if next < count {
                    let item = reports[next]
                    group.addTask { _ = try await signals.report(item, context: context) }
                    next += 1
                }
            }
        }
    }
    let cpu = processCPUTime() - cpuBefore
    let busiest = ThreadCPU.now().busiestThreadSeconds(since: threadsBefore)
    let seconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
    let cpuSeconds = Double(cpu.components.seconds) + Double(cpu.components.attoseconds) / 1e18
    print(String(format: "signals.report in process: %.0f writes/s (%d durable writes, %d in flight); CPU %.1f µs a write (busiest thread %.1f µs), wall %.2f s",
                 Double(count) / seconds, count, inFlight, cpuSeconds / Double(count) * 1e6, busiest / Double(count) * 1e6, seconds))
    if arguments.contains("--floor"), !arguments.contains("--memory") {
        for savepoints in [true, false] {
            let floor = try SQLiteFloor(path: folder.appendingPathComponent("bench.sqlite").path, count: count, savepoints: savepoints).run()
            print(String(format: "SQLite alone, the same rows, %@: %.1f µs of CPU a report on its one thread (at most %.0f writes/s), wall %.2f s",
                         savepoints ? "a savepoint each" : "no savepoints   ",
                         floor.cpu / Double(count) * 1e6, Double(count) / floor.cpu, floor.wall))
        }
    }
}

try await benchmark()
