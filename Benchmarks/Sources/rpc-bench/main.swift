// rpc-bench: drives the real `buurtkracht serve` over pipes with newline-delimited JSON.
//
//   swift build -c release --product buurtkracht
//   swift run -c release --package-path Benchmarks rpc-bench --server .build/release/buurtkracht
//
// Measures: the sequential round trip of `ping` (median, p99) against a raw pipe round trip to
// `cat`; pipelined `ping` requests/s; pipelined `signals.report` writes/s (each answered only
// after its SQLite transaction is durable); pipelined `signals.triageQueue` reads/s.
import Foundation

#if canImport(Glibc)
import Glibc
#endif

let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: String) -> String {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
    return arguments[index + 1]
}
let serverPath = option("--server", ".build/release/buurtkracht")
let pingCount = Int(option("--pings", "200000")) ?? 200_000
let reportCount = Int(option("--reports", "5000")) ?? 5000
let readCount = Int(option("--reads", "2000")) ?? 2000
let latencyCount = Int(option("--latency", "20000")) ?? 20_000

func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// A child process with its stdin and stdout as raw descriptors.
/// `@unchecked Sendable`: the writer thread only calls `write` (the input descriptor), the reader
/// only `readLines` (the output descriptor and buffers), so no state is shared.
final class Child: @unchecked Sendable {
    let process = Process()
    let input: Int32
    let output: Int32
    private let inPipe = Pipe()
    private let outPipe = Pipe()
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)
    private var pending: [UInt8] = []

    init(_ path: String, _ args: [String]) throws {
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = args
        process.standardInput = inPipe
        process.standardOutput = outPipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        input = inPipe.fileHandleForWriting.fileDescriptor
        output = outPipe.fileHandleForReading.fileDescriptor
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(input, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { fatalError("write failed") }
                offset += n
            }
        }
    }

    /// Reads until `lines` newlines arrived; returns the last complete line.
    @discardableResult
    func readLines(_ lines: Int) -> ArraySlice<UInt8> {
        var remaining = lines
        var last: ArraySlice<UInt8> = []
        while remaining > 0 {
            if let newline = pending.firstIndex(of: 0x0A) {
                last = pending[..<newline]
                pending.removeSubrange(...newline)
                remaining -= 1
                if remaining == 0 { break }
                // Count the rest of the buffer quickly.
                var consumed = 0
                for (index, byte) in pending.enumerated() where byte == 0x0A {
                    remaining -= 1
                    consumed = index + 1
                    if remaining == 0 { break }
                }
                if consumed > 0 { pending.removeSubrange(..<consumed) }
                continue
            }
            let n = buffer.withUnsafeMutableBytes { Glibc.read(output, $0.baseAddress!, $0.count) }
            if n <= 0 { fatalError("the server closed its output") }
            pending.append(contentsOf: buffer[..<n])
        }
        return last
    }

    func close() {
        try? inPipe.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
func percentile(_ values: [Double], _ p: Double) -> Double { values.sorted()[min(values.count - 1, Int(Double(values.count) * p))] }
func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

/// Sequential round trips of `request` (one at a time); microseconds each.
func roundTrips(_ child: Child, _ request: [UInt8], count: Int) -> [Double] {
    for _ in 0..<1000 { child.write(request); child.readLines(1) }
    var samples: [Double] = []
    samples.reserveCapacity(count)
    for _ in 0..<count {
        let start = now()
        child.write(request)
        child.readLines(1)
        samples.append(Double(now() - start) / 1000)
    }
    return samples
}

/// Pipelined: a writer thread sends every request while this thread reads the responses.
func pipelined(_ child: Child, _ requests: [[UInt8]]) -> Double {
    let start = now()
    let writer = Thread {
        var batch: [UInt8] = []
        for request in requests {
            batch += request
            if batch.count > 60_000 { child.write(batch); batch.removeAll(keepingCapacity: true) }
        }
        if !batch.isEmpty { child.write(batch) }
    }
    writer.start()
    child.readLines(requests.count)
    return Double(requests.count) / (Double(now() - start) / 1e9)
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rpc-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let database = folder.appendingPathComponent("bench.sqlite").path

// A coordinator's token (triageSignals, registerClients, viewReports).
let issue = Process()
issue.executableURL = URL(fileURLWithPath: serverPath)
issue.arguments = ["token", "issue", "--operator", "coordinator", "--db", database]
let tokenPipe = Pipe()
issue.standardOutput = tokenPipe
try issue.run()
let token = String(decoding: tokenPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
issue.waitUntilExit()

// Baseline: a raw pipe round trip through `cat`.
let cat = try Child("/bin/cat", [])
let catSamples = roundTrips(cat, Array("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\n".utf8), count: latencyCount)
cat.close()

let server = try Child(serverPath, ["serve", "--db", database, "--log-level", "error"])
server.write(Array("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"token\":\"\(token)\"}}\n".utf8))
let initialized = server.readLines(1)
guard String(decoding: initialized, as: UTF8.self).contains("\"result\"") else { fatalError("initialize failed: \(String(decoding: initialized, as: UTF8.self))") }

let pingSamples = roundTrips(server, Array("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\n".utf8), count: latencyCount)
let pings = (0..<pingCount).map { Array("{\"jsonrpc\":\"2.0\",\"id\":\($0),\"method\":\"ping\"}\n".utf8) }
_ = pipelined(server, Array(pings.prefix(20_000)))
let pingRate = median((0..<3).map { _ in pipelined(server, pings) })

func report(_ index: Int, neighbourhood: String) -> [UInt8] {
    Array("""
    {"jsonrpc":"2.0","id":\(index),"method":"signals.report","params":{"subject":{"kind":"address","address":{"street":"Benchstraat","houseNumber":"\(index)","city":"Leidschendam","neighbourhood":"\(neighbourhood)"}},"reporter":{"kind":"neighbour"},"category":"socialIsolation","severity":2,"observedAt":"2026-11-20T10:00:00Z","summary":"Gordijnen al dagen dicht."}}\n
    """.utf8)
}
let reports = (0..<reportCount).map { report($0, neighbourhood: "BU19160101") }
let reportRate = pipelined(server, reports)
_ = pipelined(server, (0..<20).map { report(1_000_000 + $0, neighbourhood: "BU19160102") })
let reads = (0..<readCount).map { Array("{\"jsonrpc\":\"2.0\",\"id\":\($0),\"method\":\"signals.triageQueue\",\"params\":{\"neighbourhood\":\"BU19160102\"}}\n".utf8) }
let readRate = pipelined(server, reads)
server.write(Array("{\"jsonrpc\":\"2.0\",\"id\":\"s\",\"method\":\"shutdown\"}\n{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}\n".utf8))
server.readLines(1)
server.close()

print("rpc-bench (release, \(ProcessInfo.processInfo.activeProcessorCount) cores, NDJSON over pipes)")
print("raw pipe round trip (cat):       median \(format(median(catSamples))) µs, p99 \(format(percentile(catSamples, 0.99))) µs")
print("ping sequential round trip:      median \(format(median(pingSamples))) µs, p99 \(format(percentile(pingSamples, 0.99))) µs")
print("ping pipelined:                  \(format(pingRate, 0)) requests/s (\(pingCount) requests, median of 3)")
print("signals.report pipelined:        \(format(reportRate, 0)) writes/s (\(reportCount) durable writes)")
print("signals.triageQueue pipelined:   \(format(readRate, 0)) reads/s (\(readCount) reads of a 20-signal queue)")
