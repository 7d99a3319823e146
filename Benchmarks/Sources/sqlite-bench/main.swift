// sqlite-bench: issue 3's benchmark of the SQLite store, on a fresh temporary database.
//
//     swift run -c release --package-path Benchmarks sqlite-bench
//     swift run -c release --package-path Benchmarks sqlite-bench --signals 50000 --clients 10000   # a quick check
//
// Builds the dataset deterministically — 200,000 clients and 1,000,000 signals over 500
// neighbourhoods, with plans, visits and groups — inserting it through the store protocols'
// batch inserts, 10,000 rows per `storage.write` transaction. Then times, over many runs each,
// what the services ask of the store: the triage queue of one neighbourhood, a neighbourhood's
// quarterly report, and client look-ups by external id and by BSN. Each query is one
// `storage.read` and includes building the queue or report; the services' audit entries are
// writes and are not part of these figures. Prints medians and 99th percentiles against
// issue 3's targets; see Documentation/Performance.md.
import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtSQLite
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Loads the data, times the operations and prints the table.
func benchmark() async throws {
    let arguments = CommandLine.arguments
    func option(_ name: String, _ fallback: Int) -> Int {
        arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil } ?? fallback
    }
    let data = Dataset(signals: option("--signals", Dataset.fullSignalCount), clients: option("--clients", Dataset.fullClientCount))
    let isFullSize = data.signalCount >= Dataset.fullSignalCount && data.clientCount >= Dataset.fullClientCount
    let batchSize = 10_000

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("bench.sqlite").path
    // BSNs are stored as keyed tokens and sealed values, as in production: a fixed key will do here.
    let protection = try KeyedBSNProtection(key: Data(repeating: 0x42, count: 32))
    let storage = try SQLiteStorage(path: path, bsnProtection: protection)
    let clock = ContinuousClock()

    func log(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    // MARK: Load

    /// The CPU time this process has used so far, all threads: beside the wall-clock time, it
    /// shows how much of an insert's time went to waiting (for the disk, or for a busy machine).
    func processCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    /// Writes `count` rows in transactions of `batchSize`; returns the wall-clock and CPU time
    /// spent in `storage.write` only (making the values is not counted).
    func load<T: Sendable>(_ name: String, count: Int, make: (Int) -> T,
                           write: @escaping @Sendable ([T], any StorageTransaction) throws -> Void) async throws -> (wall: Duration, cpu: Duration) {
        var wall = Duration.zero
        var cpu = Duration.zero
        for start in stride(from: 0, to: count, by: batchSize) {
            let batch = (start..<min(count, start + batchSize)).map(make)
            let began = clock.now
            let cpuBefore = processCPUTime()
            try await storage.write { tx in try write(batch, tx) }
            wall += clock.now - began
            cpu += processCPUTime() - cpuBefore
        }
        log("loaded \(count) \(name) in \(wall) (CPU \(cpu))")
        return (wall, cpu)
    }

    let clientTime = try await load("clients", count: data.clientCount, make: data.client) { batch, tx in
        try tx.clients.insert(contentsOf: batch)
    }
    let signalTime = try await load("signals", count: data.signalCount, make: data.signal) { batch, tx in
        try tx.signals.insert(contentsOf: batch)
    }
    _ = try await load("plans", count: data.planCount, make: data.plan) { batch, tx in
        for plan in batch { try tx.plans.insert(plan) }
    }
    _ = try await load("visits", count: data.visitCount, make: data.visit) { batch, tx in
        for visit in batch { try tx.visits.insert(visit) }
    }
    _ = try await load("groups", count: data.groupCount, make: data.group) { batch, tx in
        for group in batch { try tx.groups.insert(group) }
    }

    // MARK: Latency

    let runs = 400
    let now = data.now
    let policy = TriagePolicy()
    let windowStart = now.addingTimeInterval(-policy.fusionWindow.timeInterval)
    let period = try ReportPeriod.quarter(3, of: 2026)

    var triage = Measurement("triage queue, one neighbourhood", target: .milliseconds(5))
    var report = Measurement("neighbourhood report, one quarter", target: .milliseconds(50))
    var byExternalID = Measurement("client by external id", target: .microseconds(100))
    var byBSN = Measurement("client by BSN", target: .microseconds(100))
    var triageSizes: [Int] = []
    var reportSizes: [Int] = []

    for run in 0..<runs {
        let neighbourhood = data.neighbourhoods[(run * 37) % data.neighbourhoods.count]
        // What SignalService.triageQueue reads, and the queue it builds from it.
        let read = try await triage.time {
            try await storage.read { tx in
                let signals = try tx.signals.triageCandidates(in: neighbourhood, observedFrom: windowStart)
                _ = TriageQueue(policy: policy).items(from: signals, now: now)
                return signals.count
            }
        }
        triageSizes.append(read)

        // What ReportService.neighbourhoodReport reads, and the report it builds from it.
        let counted = try await report.time {
            try await storage.read { tx in
                try NeighbourhoodReportBuilder(neighbourhood: neighbourhood, period: period, timeZone: .amsterdam, now: now)
                    .report(from: tx).signalCount
            }
        }
        reportSizes.append(counted)
    }

    // What a read costs before it does anything: taking a reader, its transaction, the hops.
    var emptyRead = Measurement("empty storage.read (baseline)", target: .microseconds(100))
    for _ in 0..<(runs * 5) {
        _ = try await emptyRead.time { try await storage.read { _ in 0 } }
    }

    for run in 0..<(runs * 5) {
        let index = (run * 7_907) % data.clientCount
        let external = ExternalID(system: "Suite4Sociaal", value: data.externalID(index))
        let found = try await byExternalID.time {
            try await storage.read { try $0.clients.clients(matching: ClientQuery(externalID: external)) }
        }
        precondition(found.count == 1, "client \(index) by external id")
        let bsn = data.bsn(index)
        let same = try await byBSN.time {
            try await storage.read { try $0.clients.clients(matching: ClientQuery(bsn: bsn)) }
        }
        precondition(same.contains { $0.id == found[0].id }, "client \(index) by BSN")
    }

    // MARK: Report

    func format(_ duration: Duration) -> String {
        let milliseconds = duration.milliseconds
        return milliseconds < 1 ? String(format: "%.3f ms", milliseconds) : String(format: "%.2f ms", milliseconds)
    }

    func row(_ cells: [String]) -> String {
        let widths = [36, 8, 12, 12, 12, 6]
        return zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: " ")
    }

    func rate(_ rows: Int, _ time: Duration) -> String {
        String(format: "%.0f", Double(rows) / (time.milliseconds / 1000))
    }

    let fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    print("SQLite store — \(data.signalCount) signals, \(data.clientCount) clients, \(data.neighbourhoods.count) neighbourhoods; "
          + "database \(fileSize / 1_048_576) MiB" + (isFullSize ? "" : " (reduced size: targets not judged)"))
    print("")
    func seconds(_ duration: Duration) -> String { String(format: "%.2f s", duration.milliseconds / 1000) }
    print(row(["insert (batch insert, 10,000 a write)", "rows", "total", "per second", "target", "met"]))
    print(row(["signals", String(data.signalCount), seconds(signalTime.wall), rate(data.signalCount, signalTime.wall), "≤ 3 s",
               isFullSize ? (signalTime.wall <= .seconds(3) ? "yes" : "NO") : "n/a"]))
    print(row(["clients", String(data.clientCount), seconds(clientTime.wall), rate(data.clientCount, clientTime.wall), "", ""]))
    print("(CPU time in those writes: signals \(seconds(signalTime.cpu)), clients \(seconds(clientTime.cpu)))")
    print("")
    print(row(["query (one storage.read each)", "runs", "median", "p99", "target", "met"]))
    for measurement in [triage, report, byExternalID, byBSN, emptyRead] {
        print(row([measurement.name, String(measurement.samples.count), format(measurement.median), format(measurement.p99),
                   "≤ " + format(measurement.target), isFullSize ? (measurement.meetsTarget ? "yes" : "NO") : "n/a"]))
    }
    print("")
    print("triage read \(triageSizes.min() ?? 0)–\(triageSizes.max() ?? 0) signals per neighbourhood; "
          + "report counted \(reportSizes.min() ?? 0)–\(reportSizes.max() ?? 0) signals per quarter")
}

try await benchmark()
