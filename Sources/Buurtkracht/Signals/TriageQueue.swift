public import Foundation

/// Builds a neighbourhood's triage queue: open signals fused per dwelling or subject, most
/// urgent first.
///
/// Items are ordered by
/// 1. severity, highest first;
/// 2. the number of independent sources about the same address within the fusion window
///    (30 days by default), most first;
/// 3. time left to the contact deadline, least first (overdue first; no deadline last);
/// 4. the oldest report, earliest first.
///
/// ```swift
/// let queue = TriageQueue(policy: TriagePolicy())
/// let items = queue.items(from: signals, now: clock.now)
/// ```
public struct TriageQueue: Sendable {
    /// The policy that sets the fusion window.
    public var policy: TriagePolicy

    /// Creates a queue builder.
    public init(policy: TriagePolicy) {
        self.policy = policy
    }

    /// The queue made from `signals`: the open ones are listed; the others (closed or merged)
    /// only count as sources — a duplicate from another source that was merged into a case is
    /// still independent evidence. Only signals observed within the fusion window count as
    /// sources, open or not: an item whose signals are all older counts none.
    public func items(from signals: [Signal], now: Date) -> [TriageItem] {
        let windowStart = now.addingTimeInterval(-policy.fusionWindow.timeInterval)
        var groups: [String: [Signal]] = [:]
        for signal in signals {
            groups[signal.fusionKey, default: []].append(signal)
        }
        var items: [TriageItem] = []
        items.reserveCapacity(groups.count)
        for group in groups.values {
            let open = group.filter(\.isOpen).sorted { ($0.reportedAt, $0.id) < ($1.reportedAt, $1.id) }
            guard let oldest = open.first, let newest = open.last else { continue }
            let sources = Set(group.filter { $0.observedAt >= windowStart }.map(\.reporter.sourceIdentity))
            let deadline = open.compactMap(\.contactDeadline).min()
            items.append(
                TriageItem(
                    subject: newest.subject,
                    address: open.last { $0.address != nil }?.address,
                    signals: open.map(\.id),
                    categories: Array(Set(open.map(\.category))).sorted { $0.rawValue < $1.rawValue },
                    severity: open.map(\.severity).max() ?? oldest.severity,
                    independentSources: sources.count,
                    contactDeadline: deadline,
                    secondsLeft: deadline.map { $0.timeIntervalSince(now) },
                    firstReportedAt: oldest.reportedAt,
                    status: open.map(\.status).min { $0.progress < $1.progress } ?? oldest.status
                )
            )
        }
        return items.sorted(by: Self.isMoreUrgent)
    }

    static func isMoreUrgent(_ lhs: TriageItem, _ rhs: TriageItem) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.independentSources != rhs.independentSources {
            return lhs.independentSources > rhs.independentSources
        }
        switch (lhs.contactDeadline, rhs.contactDeadline) {
        case let (left?, right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if lhs.firstReportedAt != rhs.firstReportedAt { return lhs.firstReportedAt < rhs.firstReportedAt }
        return (lhs.signals.first?.rawValue ?? "") < (rhs.signals.first?.rawValue ?? "")
    }
}

extension Signal.Status {
    /// How far along the workflow a status is, for picking the least advanced of a group.
    var progress: Int {
        switch self {
        case .new: 0
        case .triaged: 1
        case .contactAttempted: 2
        case .referred, .noActionNeeded, .merged: 3
        }
    }
}
