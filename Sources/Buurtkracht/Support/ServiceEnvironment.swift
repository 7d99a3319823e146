public import Foundation

/// What the services need from the world: the time, new identifiers, the time zone in which
/// days and deadlines are counted, the audit sealer, and the policies that a municipality
/// may configure.
///
/// Inject a fixed clock and an incrementing id generator in tests, so that every rule can be
/// checked at a known moment:
///
/// ```swift
/// let environment = ServiceEnvironment(
///     clock: .fixed(someMoment),
///     ids: .incrementing()
/// )
/// ```
public struct ServiceEnvironment: Sendable {
    /// The clock every rule reads the current moment from.
    public var clock: WallClock
    /// The generator of new identifiers.
    public var ids: IDGenerator
    /// The time zone in which calendar days, working days and deadlines are counted
    /// (Europe/Amsterdam by default).
    public var timeZone: TimeZone
    /// Seals audit entries into a tamper-evident chain.
    public var auditSealer: any AuditSealer
    /// The municipality's policies: deadlines, triage, isolation, access.
    public var policies: Policies

    /// Creates an environment; every argument has a production default.
    public init(
        clock: WallClock = .system,
        ids: IDGenerator = .timeOrdered,
        timeZone: TimeZone = .amsterdam,
        auditSealer: any AuditSealer = UnsealedAuditSealer(),
        policies: Policies = Policies()
    ) {
        self.clock = clock
        self.ids = ids
        self.timeZone = timeZone
        self.auditSealer = auditSealer
        self.policies = policies
    }
}

extension TimeZone {
    /// Europe/Amsterdam, in which Dutch working days and deadlines are counted; falls back to
    /// Central European Time without daylight saving when the system has no time zone database.
    public static var amsterdam: TimeZone {
        TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600) ?? .gmt
    }
}
