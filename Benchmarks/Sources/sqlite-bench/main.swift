// sqlite-bench: throughput and latency of the SQLite store on a fresh temporary database.
//
//     swift run -c release --package-path Benchmarks sqlite-bench [--signals N]
//
// Inserts 200,000 clients and 1,000,000 signals over 500 neighbourhoods (10,000 per
// transaction), plans, visits and groups; then times, over many runs each, what the services
// ask of the store: the triage queue of a neighbourhood, a neighbourhood's quarterly report,
// and client look-ups by external id and by BSN. Prints a table; see Documentation/Performance.md.
import Buurtkracht
import BuurtkrachtPrivacy
import BuurtkrachtSQLite
import Foundation

/// Loads the data, times the operations and prints the table.
func benchmark() async throws {
    let arguments = CommandLine.arguments
    let signalTotal = arguments.firstIndex(of: "--signals").flatMap { Int(arguments[$0 + 1]) } ?? Dataset.signalCount
    let batchSize = 10_000
    let data = Dataset()

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

    func load<T: Sendable>(_ name: String, count: Int, make: (Range<Int>) -> [T],
                           write: @escaping @Sendable ([T], any StorageTransaction) throws -> Void) async throws -> Duration {
        var total = Duration.zero
        for start in stride(from: 0, to: count, by: batchSize) {
            let batch = make(start..<min(count, start + batchSize))
            let began = clock.now
            try await storage.write { tx in try write(batch, tx) }
            total += clock.now - began
        }
        log("loaded \(count) \(name) in \(total)")
        return total
    }

    let clientTime = try await load("clients", count: Dataset.clientCount, make: { $0.map(data.client) }) { batch, tx in
        for client in batch { try tx.clients.insert(client) }
    }
    let signalTime = try await load("signals", count: signalTotal, make: data.signals) { batch, tx in
        try tx.signals.insert(contentsOf: batch)
    }
    _ = try await load("plans", count: Dataset.planCount, make: { $0.map(data.plan) }) { batch, tx in
        for plan in batch { try tx.plans.insert(plan) }
    }
    _ = try await load("visits", count: Dataset.visitCount, make: { $0.map(data.visit) }) { batch, tx in
        for visit in batch { try tx.visits.insert(visit) }
    }
    _ = try await load("groups", count: 1_000, make: { $0.map(data.group) }) { batch, tx in
        for group in batch { try tx.groups.insert(group) }
    }

    // MARK: Latency

    let runs = 400
    let now = data.now
    let policy = TriagePolicy()
    let period = try ReportPeriod.quarter(3, of: 2026)
    let timeZone = TimeZone.amsterdam

    var triage = Measurement("triage queue, one neighbourhood", target: .milliseconds(5))
    var report = Measurement("neighbourhood report, one quarter", target: .milliseconds(50))
    var byExternalID = Measurement("client by external id", target: .microseconds(100))
    var byBSN = Measurement("client by BSN", target: .microseconds(100))
    var triageSizes: [Int] = []
    var reportSizes: [Int] = []

    for run in 0..<runs {
        let neighbourhood = data.neighbourhoods[(run * 37) % data.neighbourhoods.count]
        let (items, read) = try await triage.time {
            try await storage.read { tx in
                // What SignalService.triageQueue asks of the store, and the queue it builds.
                let windowStart = now.addingTimeInterval(-policy.fusionWindow.timeInterval)
                var byID: [Signal.ID: Signal] = [:]
                for signal in try tx.signals.signals(matching: SignalQuery(neighbourhood: neighbourhood, statuses: Signal.Status.open)) {
                    byID[signal.id] = signal
                }
                for signal in try tx.signals.signals(matching: SignalQuery(neighbourhood: neighbourhood, observedFrom: windowStart)) {
                    byID[signal.id] = signal
                }
                return (TriageQueue(policy: policy).items(from: Array(byID.values), now: now).count, byID.count)
            }
        }
        _ = items
        triageSizes.append(read)

        let signalCount = try await report.time {
            try await storage.read { tx in
                // What ReportService.neighbourhoodReport asks of the store, and the report it builds.
                let start = period.start(in: timeZone)
                let end = period.end(in: timeZone)
                let signals = try tx.signals.signals(matching: SignalQuery(neighbourhood: neighbourhood, reportedFrom: start, reportedBefore: end))
                let visits = try tx.visits.visits(matching: VisitQuery(neighbourhood: neighbourhood, from: start))
                let plans = try tx.plans.plans(matching: PlanQuery(neighbourhood: neighbourhood, startedBefore: end))
                let groups = try tx.groups.groups(matching: GroupQuery(area: .neighbourhood(neighbourhood)))
                let report = NeighbourhoodReportBuilder(neighbourhood: neighbourhood, period: period, timeZone: timeZone, now: now)
                    .report(signals: signals, visits: visits, plans: plans, groups: groups)
                return report.signalCount
            }
        }
        reportSizes.append(signalCount)
    }

    for run in 0..<(runs * 5) {
        let index = (run * 7_907) % Dataset.clientCount
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

    let fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    let signalRate = Double(signalTotal) / (Double(signalTime.components.seconds) + Double(signalTime.components.attoseconds) / 1e18)
    print("SQLite store — \(signalTotal) signals, \(Dataset.clientCount) clients, \(data.neighbourhoods.count) neighbourhoods; "
          + "database \(fileSize / 1_048_576) MiB")
    print("")
    print(row(["insert", "rows", "total", "per second", "target", "met"]))
    print(row(["signals, 10,000 per transaction", String(signalTotal), String(format: "%.2f s", signalTime.milliseconds / 1000),
               String(format: "%.0f", signalRate), "≤ 3 s", signalTotal < Dataset.signalCount ? "n/a" : (signalTime <= .seconds(3) ? "yes" : "NO")]))
    print(row(["clients, 10,000 per transaction", String(Dataset.clientCount), String(format: "%.2f s", clientTime.milliseconds / 1000),
               String(format: "%.0f", Double(Dataset.clientCount) / (clientTime.milliseconds / 1000)), "", ""]))
    print("")
    print(row(["query (through storage.read)", "runs", "median", "p90", "target", "met"]))
    for measurement in [triage, report, byExternalID, byBSN] {
        print(row([measurement.name, String(measurement.samples.count), format(measurement.median), format(measurement.p90),
                   "≤ " + format(measurement.target), measurement.meetsTarget ? "yes" : "NO"]))
    }
    print("")
    print("triage read \(triageSizes.min() ?? 0)–\(triageSizes.max() ?? 0) signals per neighbourhood; "
          + "report counted \(reportSizes.min() ?? 0)–\(reportSizes.max() ?? 0) signals per quarter")
}

try await benchmark()
