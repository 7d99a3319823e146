public import Foundation

extension SignalStore {
    /// The signals a neighbourhood's triage queue is made from: every open one, and every one
    /// observed since `windowStart` — closed and merged signals still count as independent
    /// sources (see ``TriageQueue/items(from:now:)``). Each signal once, in no set order.
    ///
    /// ```swift
    /// let windowStart = now.addingTimeInterval(-policy.fusionWindow.timeInterval)
    /// let signals = try tx.signals.triageCandidates(in: neighbourhood, observedFrom: windowStart)
    /// let queue = TriageQueue(policy: policy).items(from: signals, now: now)
    /// ```
    public func triageCandidates(in neighbourhood: NeighbourhoodCode, observedFrom windowStart: Date) throws -> [Signal] {
        var byID: [Signal.ID: Signal] = [:]
        for signal in try signals(matching: SignalQuery(neighbourhood: neighbourhood, statuses: Signal.Status.open)) {
            byID[signal.id] = signal
        }
        for signal in try signals(matching: SignalQuery(neighbourhood: neighbourhood, observedFrom: windowStart)) {
            byID[signal.id] = signal
        }
        return Array(byID.values)
    }
}
