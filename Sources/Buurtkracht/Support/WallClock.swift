public import Foundation

/// Tells the current time; injected into every service so that rules never call `Date()`.
///
/// ```swift
/// let clock = WallClock.fixed(Date(timeIntervalSince1970: 1_790_000_000))
/// let services = Services(storage: InMemoryStorage(), environment: .init(clock: clock))
/// ```
///
/// `BuurtkrachtTesting` adds a `TestClock` that tests can move forward.
public struct WallClock: Sendable {
    private let read: @Sendable () -> Date

    /// Creates a clock from a closure that returns the current moment.
    public init(_ now: @escaping @Sendable () -> Date) {
        self.read = now
    }

    /// The current moment.
    public var now: Date { read() }

    /// The system clock.
    public static let system = WallClock { Date() }

    /// A clock that always answers the same moment.
    public static func fixed(_ moment: Date) -> WallClock {
        WallClock { moment }
    }
}
