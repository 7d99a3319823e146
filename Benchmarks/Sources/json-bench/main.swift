// json-bench: BuurtkrachtJSON (json-c parse + Swift Codable walk; Swift byte writer) against
// Foundation's JSONDecoder/JSONEncoder (.iso8601 dates), on the JSON-RPC server's own types:
// a `signals.report` request (envelope + `SignalReport` params) and a `signals.triageQueue`
// response (envelope + 50 `TriageItem`s). Run with:
//     swift run -c release --package-path Benchmarks json-bench
// (Started from the BuurtkrachtJSON engineer's staging bench; payloads switched to the domain types.)
//
// For profilers, one decode loop alone (no timing, no comparison):
//     json-bench profile {report|triage} {ours|parse|walk|foundation} ITERATIONS
// e.g. `valgrind --tool=callgrind` at two iteration counts; the difference / iterations is the
// instruction count per decode, which a loaded machine does not disturb.
@_spi(Benchmarks) import BuurtkrachtJSON
import Buurtkracht
import Foundation

// MARK: Payload types: the wire envelopes around the core's Codable types

struct Request<Params: Codable & Equatable>: Codable, Equatable {
    var jsonrpc: String
    var id: Int
    var method: String
    var params: Params
}

struct Response<Result: Codable & Equatable>: Codable, Equatable {
    var jsonrpc: String
    var id: Int
    var result: Result
}

// MARK: Sample data (whole-second dates: Foundation's .iso8601 has no fractions)

let base = Date(timeIntervalSince1970: 1_795_428_930) // 2026-11-23T10:15:30Z
let neighbourhood = try NeighbourhoodCode("BU03630104")
let address = Address(street: "Eerste Oosterparkstraat", houseNumber: "14-II", postcode: try Postcode("1091GX"), city: "Amsterdam", neighbourhood: neighbourhood)
let request = Request(
    jsonrpc: "2.0", id: 17, method: "signals.report",
    params: SignalReport(
        subject: .address(address), neighbourhood: neighbourhood, address: address,
        reporter: Reporter(kind: .housingCorporation, organisation: "Woonstad", partner: "partner-00000004"),
        category: .paymentArrears, severity: .high, observedAt: base.addingTimeInterval(-86_400 * 3),
        summary: "Huurachterstand van twee maanden; brieven blijven onbeantwoord. Buren maken zich zorgen — graag even langsgaan.",
        arrears: Arrears(amountInCents: 142_000, monthsInArrears: 2, threat: .eviction)))

let categories: [SignalCategory] = [.socialIsolation, .paymentArrears, .nuisance, .hoardingOrFireRisk, .safety]
let statuses: [Signal.Status] = [.new, .triaged, .contactAttempted]
let response = Response(jsonrpc: "2.0", id: 42, result: (0..<50).map { i in
    TriageItem(
        subject: i % 3 == 0 ? .client(Client.ID("client-\(10_000 + i)")) : .address(Address(street: "Kerkstraat", houseNumber: "\(i)", postcode: try? Postcode("2262AB"), city: "Leidschendam", neighbourhood: neighbourhood)),
        address: Address(street: "Kerkstraat", houseNumber: "\(i)", postcode: try? Postcode("2262AB"), city: "Leidschendam", neighbourhood: neighbourhood),
        signals: (0..<(1 + i % 3)).map { Signal.ID("signal-\(100_000 + i * 10 + $0)") },
        categories: [categories[i % 5], categories[(i + 2) % 5]],
        severity: [.low, .moderate, .high, .acute][i % 4],
        independentSources: 1 + i % 3,
        contactDeadline: i % 3 == 0 ? nil : base.addingTimeInterval(Double(86_400 * (i % 7))),
        secondsLeft: i % 3 == 0 ? nil : Double(86_400 * (i % 7)) - 3600.5,
        firstReportedAt: base.addingTimeInterval(Double(-3600 * i)),
        status: statuses[i % 3])
})

// MARK: Harness

func measure(_ label: String, bytes: Int, runs: Int = 7, minSeconds: Double = 0.25, _ body: () throws -> Void) rethrows -> (opsPerSecond: Double, megabytesPerSecond: Double) {
    // Calibrate iterations so one run lasts ~minSeconds.
    var iterations = 1
    while true {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { try body() }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if elapsed >= minSeconds / 4 { iterations = max(1, Int(Double(iterations) * minSeconds / elapsed)); break }
        iterations *= 4
    }
    var rates: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { try body() }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        rates.append(Double(iterations) / elapsed)
    }
    rates.sort()
    let median = rates[rates.count / 2]
    return (median, median * Double(bytes) / 1e6)
}

struct Row { let name: String; let ops: Double; let mbps: Double }

func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
func fmt(_ v: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", v) }

let ours = JSONCDecoder()
let oursEncoder = JSONCEncoder()
let foundationDecoder = JSONDecoder()
foundationDecoder.dateDecodingStrategy = .iso8601
let foundationEncoder = JSONEncoder()
foundationEncoder.dateEncodingStrategy = .iso8601

var sink = 0
var table: [(String, Row, Row)] = []
var extra: [Row] = []

@MainActor func compare<T: Codable & Equatable>(_ name: String, _ value: T) throws {
    let encoded = try oursEncoder.encode(value)
    let foundationEncoded = try foundationEncoder.encode(value)
    // Sanity: both decoders agree with each other and with the source value.
    let a = try ours.decode(T.self, from: encoded)
    let b = try foundationDecoder.decode(T.self, from: foundationEncoded)
    guard a == value, b == value, try ours.decode(T.self, from: foundationEncoded) == value else {
        print("MISMATCH for \(name)"); return
    }
    let data = Data(encoded)
    let od = measure("decode", bytes: encoded.count) { sink &+= (try? ours.decode(T.self, from: encoded)) == nil ? 1 : 0 }
    let fd = measure("decode", bytes: encoded.count) { sink &+= (try? foundationDecoder.decode(T.self, from: data)) == nil ? 1 : 0 }
    table.append(("\(name) decode (\(encoded.count) B)", Row(name: "", ops: od.opsPerSecond, mbps: od.megabytesPerSecond), Row(name: "", ops: fd.opsPerSecond, mbps: fd.megabytesPerSecond)))
    let oe = measure("encode", bytes: encoded.count) { sink &+= (try? oursEncoder.encode(value))?.count ?? 0 }
    let fe = measure("encode", bytes: encoded.count) { sink &+= (try? foundationEncoder.encode(value))?.count ?? 0 }
    table.append(("\(name) encode (\(encoded.count) B)", Row(name: "", ops: oe.opsPerSecond, mbps: oe.megabytesPerSecond), Row(name: "", ops: fe.opsPerSecond, mbps: fe.megabytesPerSecond)))

    // Where decode time goes: json-c parse (+ free) and the Codable walk over the parsed tree, each
    // also as a share of Foundation's whole decode. Decode can only reach N x Foundation if
    // parse + walk together take at most 1/N of Foundation's time.
    let parse = measure("parse", bytes: encoded.count) { sink &+= (try? JSONDocument(parsing: encoded))?.root.count ?? 0 }
    extra.append(Row(name: "\(name): json-c parse only (JSONDocument) = \(fmt(fd.opsPerSecond / parse.opsPerSecond, 2)) of Fdn decode", ops: parse.opsPerSecond, mbps: parse.megabytesPerSecond))
    let document = try JSONDocument(parsing: encoded)
    let walk = measure("walk", bytes: encoded.count) { sink &+= (try? ours.decode(T.self, from: document.root)) == nil ? 1 : 0 }
    extra.append(Row(name: "\(name): Codable walk only (decode parsed tree) = \(fmt(fd.opsPerSecond / walk.opsPerSecond, 2)) of Fdn decode", ops: walk.opsPerSecond, mbps: walk.megabytesPerSecond))
    let jsoncEncode = measure("jsonc", bytes: encoded.count) { sink &+= _JSONCBenchmarkHooks.buildAndSerializeWithJSONC(document) }
    extra.append(Row(name: "\(name): json-c build+serialize (tree copy + to_json_string, no Codable)", ops: jsoncEncode.opsPerSecond, mbps: jsoncEncode.megabytesPerSecond))
}

/// Runs one decode path `iterations` times on the chosen payload.
@MainActor func profile(_ arguments: [String]) throws {
    guard arguments.count == 3, let iterations = Int(arguments[2]), iterations >= 0 else {
        print("usage: json-bench profile {report|triage} {ours|parse|walk|foundation} ITERATIONS")
        exit(2)
    }
    switch arguments[0] {
    case "report": try profileLoop(request, arguments[1], iterations)
    case "triage": try profileLoop(response, arguments[1], iterations)
    default: print("unknown payload \(arguments[0]); use report or triage"); exit(2)
    }
}

@MainActor func profileLoop<T: Codable>(_ value: T, _ path: String, _ iterations: Int) throws {
    let encoded = try oursEncoder.encode(value)
    let data = Data(encoded)
    let document = try JSONDocument(parsing: encoded)
    for _ in 0..<iterations {
        switch path {
        case "ours": sink &+= (try? ours.decode(T.self, from: encoded)) == nil ? 1 : 0
        case "parse": sink &+= (try? JSONDocument(parsing: encoded))?.root.count ?? 0
        case "walk": sink &+= (try? ours.decode(T.self, from: document.root)) == nil ? 1 : 0
        case "foundation": sink &+= (try? foundationDecoder.decode(T.self, from: data)) == nil ? 1 : 0
        default: print("unknown path \(path); use ours, parse, walk or foundation"); exit(2)
        }
    }
}

if CommandLine.arguments.dropFirst().first == "profile" {
    try profile(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
}

try compare("signals.report request", request)
try compare("triage queue response", response)

print("BuurtkrachtJSON vs Foundation (median of 7 runs, release, \(ProcessInfo.processInfo.activeProcessorCount) cores)")
print(pad("case", 34) + lpad("ours ops/s", 12) + lpad("ours MB/s", 11) + lpad("Fdn ops/s", 12) + lpad("Fdn MB/s", 10) + lpad("speed-up", 10))
for (name, o, f) in table {
    print(pad(name, 34) + lpad(fmt(o.ops, 0), 12) + lpad(fmt(o.mbps), 11) + lpad(fmt(f.ops, 0), 12) + lpad(fmt(f.mbps), 10) + lpad(fmt(o.ops / f.ops, 2) + "x", 10))
}
print("")
for row in extra {
    print(pad(row.name, 90) + lpad(fmt(row.ops, 0), 10) + " ops/s" + lpad(fmt(row.mbps), 8) + " MB/s")
}
if sink == 42 { print("") }
