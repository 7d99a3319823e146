public import Buurtkracht
public import Foundation
import Synchronization

/// A clock for tests: it stands still until the test moves it.
///
/// ```swift
/// let clock = TestClock()                       // Monday 23 November 2026, 10:00 in Amsterdam
/// let services = Services(storage: InMemoryStorage(), environment: .testing(clock: clock))
/// clock.advance(by: .days(3))
/// ```
public final class TestClock: Sendable {
    private let moment: Mutex<Date>

    /// Monday 23 November 2026, 10:00 in Amsterdam (09:00 UTC): the default start of every test.
    public static let referenceDate = Date(timeIntervalSince1970: 1_795_424_400)

    /// Creates a clock standing at `start`.
    public init(_ start: Date = TestClock.referenceDate) {
        self.moment = Mutex(start)
    }

    /// The current moment.
    public var now: Date { moment.withLock { $0 } }

    /// Moves the clock forward (or back, with a negative duration).
    public func advance(by duration: Duration) {
        moment.withLock { $0 = $0.addingTimeInterval(duration.timeInterval) }
    }

    /// Puts the clock at `date`.
    public func set(_ date: Date) {
        moment.withLock { $0 = date }
    }

    /// The clock as a ``WallClock`` for a ``ServiceEnvironment``.
    public var wallClock: WallClock {
        WallClock { [self] in now }
    }
}

extension ServiceEnvironment {
    /// An environment for tests: the test clock, incrementing ids (`"client-00000001"`), the
    /// Amsterdam time zone and the default policies.
    public static func testing(clock: TestClock = TestClock(), policies: Policies = Policies()) -> ServiceEnvironment {
        ServiceEnvironment(clock: clock.wallClock, ids: .incrementing(), timeZone: .amsterdam, policies: policies)
    }
}
