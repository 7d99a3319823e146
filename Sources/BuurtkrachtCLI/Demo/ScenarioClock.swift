import Buurtkracht
import Foundation
import Synchronization

/// The demo's clock: it starts in the past and the scenario moves it forward as events happen,
/// so that deadlines, durations and reports come out the same on every run.
final class ScenarioClock: Sendable {
    private let moment: Mutex<Date>

    init(_ start: Date) {
        moment = Mutex(start)
    }

    var now: Date { moment.withLock { $0 } }

    func set(_ date: Date) {
        moment.withLock { $0 = date }
    }

    func advance(days: Double) {
        moment.withLock { $0 = $0.addingTimeInterval(days * 86_400) }
    }

    var wallClock: WallClock { WallClock { [self] in now } }
}
