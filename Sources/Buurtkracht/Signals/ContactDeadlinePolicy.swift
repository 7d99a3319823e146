public import Foundation

/// When the first contact must be offered, per source kind.
///
/// The Dutch default follows the early-debt-signalling practice (*vroegsignalering*): for
/// arrears reported by a landlord, an energy or water company or a health insurer, a first
/// conversation is offered within four weeks, and within three working days where eviction
/// or a cut-off threatens. Other signals get no deadline unless a municipality adds one:
///
/// ```swift
/// var policy = ContactDeadlinePolicy.dutchDefault
/// policy.rules[.police] = .init(standard: .workingDays(5))
/// ```
public struct ContactDeadlinePolicy: Hashable, Sendable, Codable {
    /// The rule for each source kind; kinds without a rule get no deadline.
    public var rules: [SourceKind: Rule]
    /// The working-day calendar deadlines are counted in.
    public var workingDays: DutchWorkingDays

    /// Creates a policy.
    public init(rules: [SourceKind: Rule], workingDays: DutchWorkingDays = DutchWorkingDays()) {
        self.rules = rules
        self.workingDays = workingDays
    }

    /// Four weeks for arrears from the early debt signallers; three working days under threat.
    public static var dutchDefault: ContactDeadlinePolicy {
        let arrears = Rule(
            standard: .calendarDays(28),
            whenThreatened: .workingDays(3),
            categories: [.paymentArrears]
        )
        return ContactDeadlinePolicy(
            rules: [.housingCorporation: arrears, .utilityCompany: arrears, .healthInsurer: arrears]
        )
    }

    /// The deadline for a signal's first contact offer, or nil when no rule applies.
    public func deadline(for signal: Signal, in timeZone: TimeZone) -> Date? {
        guard let rule = rules[signal.reporter.kind],
            rule.categories?.contains(signal.category) ?? true
        else { return nil }
        let threatened = (signal.arrears?.threat ?? .none) != .none
        guard let limit = threatened ? (rule.whenThreatened ?? rule.standard) : rule.standard else {
            return nil
        }
        return limit.deadline(from: signal.reportedAt, in: timeZone, workingDays: workingDays)
    }

    /// The limits for one source kind.
    public struct Rule: Hashable, Sendable, Codable {
        /// The limit in the normal case.
        public var standard: DeadlineRule?
        /// The limit when eviction or a cut-off threatens.
        public var whenThreatened: DeadlineRule?
        /// The categories the rule applies to; nil for all.
        public var categories: Set<SignalCategory>?

        /// Creates a rule.
        public init(
            standard: DeadlineRule?,
            whenThreatened: DeadlineRule? = nil,
            categories: Set<SignalCategory>? = nil
        ) {
            self.standard = standard
            self.whenThreatened = whenThreatened
            self.categories = categories
        }
    }
}
