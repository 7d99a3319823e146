import Foundation

/// CPU time per thread of this process, from `/proc/self/task/*/schedstat` (nanoseconds on CPU).
///
/// The store has one writer; whichever thread ran it used the most CPU during a run, so the
/// busiest thread's share per write is the writer's cost — the figure that bounds writes/s.
struct ThreadCPU {
    let nanoseconds: [Int: UInt64]

    /// Reads every thread's time now (Linux only; empty elsewhere).
    static func now() -> ThreadCPU {
        var result: [Int: UInt64] = [:]
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
        for task in tasks {
            guard let id = Int(task),
                  let text = try? String(contentsOfFile: "/proc/self/task/\(task)/schedstat", encoding: .utf8),
                  let first = text.split(separator: " ").first, let time = UInt64(first)
            else { continue }
            result[id] = time
        }
        return ThreadCPU(nanoseconds: result)
    }

    /// The most CPU any one thread used since `earlier`, in seconds.
    func busiestThreadSeconds(since earlier: ThreadCPU) -> Double {
        let deltas = nanoseconds.map { id, time in time - min(time, earlier.nanoseconds[id] ?? 0) }
        return Double(deltas.max() ?? 0) / 1e9
    }
}
