/// Durations of repeated runs of one operation, with their median and 99th percentile.
struct Measurement {
    let name: String
    let target: Duration
    private(set) var samples: [Duration] = []

    init(_ name: String, target: Duration) {
        self.name = name
        self.target = target
    }

    /// Times `body` once and keeps the sample.
    mutating func time<T>(_ body: () async throws -> T) async rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await body()
        samples.append(clock.now - start)
        return result
    }

    var median: Duration { percentile(0.5) }
    var p99: Duration { percentile(0.99) }
    var meetsTarget: Bool { median <= target }

    private func percentile(_ fraction: Double) -> Duration {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .zero }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
    }
}

extension Duration {
    /// The duration in milliseconds.
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1_000 + Double(attoseconds) / 1e15
    }
}
