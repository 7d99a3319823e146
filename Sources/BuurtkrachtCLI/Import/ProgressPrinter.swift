import BuurtkrachtImport
import Foundation
import Synchronization

/// Shows an import's progress on stderr: a live bar (rows, rows/s, ETA from the file size) when
/// stderr is a terminal, a line every five seconds otherwise.
final class ProgressPrinter: Sendable {
    private let isTerminal = isatty(2) == 1
    private let state = Mutex<(last: ContinuousClock.Instant?, drawn: Bool)>((nil, false))

    func show(_ progress: ImportProgress) {
        let now = ContinuousClock.now
        let line: String? = state.withLock { state in
            let interval: Duration = isTerminal ? .milliseconds(150) : .seconds(5)
            if let last = state.last, now - last < interval, !progress.isFinished { return nil }
            state.last = now
            state.drawn = state.drawn || isTerminal
            return render(progress)
        }
        guard let line else { return }
        Self.write(isTerminal ? "\r\u{1B}[2K" + line : line + "\n")
    }

    func finish() {
        let drawn = state.withLock { $0.drawn }
        if drawn && isTerminal { Self.write("\n") }
    }

    private func render(_ progress: ImportProgress) -> String {
        let seconds = max(0.001, Double(progress.elapsed.components.seconds) + Double(progress.elapsed.components.attoseconds) / 1e18)
        let rate = Double(progress.rowsThisAttempt) / seconds
        var fraction: Double?
        if let total = progress.totalBytes, total > 0 { fraction = min(1, Double(progress.bytesRead) / Double(total)) }
        var eta = ""
        if let fraction, fraction > 0.001, !progress.isFinished {
            let remaining = seconds / fraction * (1 - fraction)
            eta = String(format: "  ETA %d:%02d", Int(remaining) / 60, Int(remaining) % 60)
        }
        let text = "\(progress.rowsRead) rows  \(Int(rate)) rows/s\(eta)"
        guard let fraction else { return text }
        if isTerminal {
            let width = 30
            let filled = Int(fraction * Double(width))
            return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
                + String(format: "%3.0f%%  ", fraction * 100) + text
        }
        return String(format: "import: %3.0f%%  ", fraction * 100) + text
    }

    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
