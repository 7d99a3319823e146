// import-bench: `buurtkracht import` against `sqlite3 .import` on the same generated client file.
//
//   swift build -c release --product buurtkracht
//   swift build -c release --product legacy-export-generator
//   swift run -c release --package-path Benchmarks import-bench \
//       --buurtkracht .build/release/buurtkracht --generator .build/release/legacy-export-generator \
//       --rows 100000,1000000
//
// For each size it generates a clean 15-column client export (semicolons, UTF-8, seed 42), then
// times, each on a fresh database, `sqlite3 -cmd '.mode csv' -cmd '.separator ;' DB '.import FILE t'`
// and `buurtkracht import FILE --mapping MAPPING --db DB` (full validation, unique indexes,
// provenance, checkpoints). Reports the wall time of both, the ratio, and the peak resident memory
// of each child (its `ru_maxrss`, from `wait4`). `--repeat N` runs each N times and keeps the
// median. Prints a Markdown table on stdout; progress on stderr.
import Foundation

#if canImport(Glibc)
import Glibc
#endif

let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: String) -> String {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
    return arguments[index + 1]
}

func log(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

func fail(_ text: String) -> Never {
    log("import-bench: \(text)")
    exit(2)
}

let buurtkracht = option("--buurtkracht", ".build/release/buurtkracht")
let generator = option("--generator", ".build/release/legacy-export-generator")
let sqlite = option("--sqlite3", "/usr/bin/sqlite3")
let sizes = option("--rows", "100000,1000000").split(separator: ",").compactMap { Int($0) }
let repeats = max(1, Int(option("--repeat", "1")) ?? 1)
let keepFolder = arguments.contains("--keep")
for tool in [buurtkracht, generator, sqlite] where !FileManager.default.isExecutableFile(atPath: tool) {
    fail("\(tool) is not an executable; build it first (see the comment at the top of main.swift)")
}
guard !sizes.isEmpty else { fail("--rows takes sizes separated by commas, like 100000,1000000") }

/// What one child process cost.
struct Measurement {
    var seconds: Double
    /// Peak resident memory in bytes.
    var peakRSS: Int
    var status: Int32
}

func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Runs `path` with `args` (stdout and stderr to /dev/null unless `stderrPath`) and measures its
/// wall time and peak RSS through `wait4`.
func measure(_ path: String, _ args: [String], stderrPath: String = "/dev/null") -> Measurement {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let started = monotonicSeconds()
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard spawned == 0 else { fail("cannot start \(path): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
        guard errno == EINTR else { fail("wait4 failed for \(path)") }
    }
    let seconds = monotonicSeconds() - started
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Measurement(seconds: seconds, peakRSS: Int(usage.ru_maxrss) * 1024, status: exitStatus)
}

func median(_ values: [Measurement]) -> Measurement {
    values.sorted { $0.seconds < $1.seconds }[values.count / 2]
}

func megabytes(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1_048_576) }

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-bench-\(getpid())")
do {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
} catch {
    fail("cannot create \(folder.path)")
}
defer { if !keepFolder { try? FileManager.default.removeItem(at: folder) } }
func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
let mapping = path("mapping.json")

var rows: [String] = []
for size in sizes {
    let file = path("clients-\(size).csv")
    log("generating \(size) rows …")
    let generated = measure(
        generator, ["--rows", String(size), "--seed", "42", "--clean", "--out", file, "--write-mapping", mapping])
    guard generated.status == 0 else { fail("the generator failed (status \(generated.status))") }
    let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue ?? 0

    var sqliteRuns: [Measurement] = []
    var importRuns: [Measurement] = []
    for attempt in 1...repeats {
        let sqliteDB = path("sqlite-\(size)-\(attempt).db")
        log("sqlite3 .import, \(size) rows, run \(attempt) …")
        let plain = measure(sqlite, ["-cmd", ".mode csv", "-cmd", ".separator ;", sqliteDB, ".import \(file) t"])
        guard plain.status == 0 else { fail("sqlite3 failed (status \(plain.status))") }
        sqliteRuns.append(plain)
        try? FileManager.default.removeItem(atPath: sqliteDB)

        let database = path("buurtkracht-\(size)-\(attempt).sqlite")
        let errors = path("import-\(size)-\(attempt).stderr")
        log("buurtkracht import, \(size) rows, run \(attempt) …")
        let imported = measure(buurtkracht, ["import", file, "--mapping", mapping, "--db", database], stderrPath: errors)
        guard imported.status == 0 else {
            let text = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            fail("buurtkracht import failed (status \(imported.status)):\n\(text.suffix(2000))")
        }
        importRuns.append(imported)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    }
    let plain = median(sqliteRuns)
    let imported = median(importRuns)
    let ratio = imported.seconds / plain.seconds
    log(String(format: "%d rows: sqlite3 %.2f s, buurtkracht %.2f s (%.2f×), peak RSS %@", size, plain.seconds, imported.seconds, ratio, megabytes(imported.peakRSS)))
    rows.append(
        String(
            format: "| %d | %.1f MB | %.2f s | %.2f s (%.0f rows/s) | %.2f× | %@ | %@ |", size, Double(bytes) / 1_048_576,
            plain.seconds, imported.seconds, Double(size) / imported.seconds, ratio, megabytes(plain.peakRSS),
            megabytes(imported.peakRSS)))
    try? FileManager.default.removeItem(atPath: file)
}

print("| rows | file | `sqlite3 .import` | `buurtkracht import` | ratio | sqlite3 peak RSS | import peak RSS |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for row in rows { print(row) }
