extension Signal {
    /// Where a signal is in its workflow.
    ///
    /// ```
    /// new ──► triaged ──► contactAttempted ──► referred
    ///  │         │                 │        └─► noActionNeeded
    ///  │         ├─► noActionNeeded└──────────► merged
    ///  └─────────┴─► merged
    /// ```
    /// Referred, no action needed and merged are terminal.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Reported, not yet discussed.
        case new
        /// Discussed in the signal meeting (*signaleringsoverleg*); someone will make contact.
        case triaged
        /// At least one contact attempt was made.
        case contactAttempted
        /// Referred to care or support (*toegeleid*). Terminal.
        case referred
        /// No action needed. Terminal.
        case noActionNeeded
        /// Merged into another signal. Terminal.
        case merged

        /// The statuses a signal in this status may move to.
        public var allowedTargets: Set<Status> {
            switch self {
            case .new: [.triaged, .merged]
            case .triaged: [.contactAttempted, .noActionNeeded, .merged]
            case .contactAttempted: [.referred, .noActionNeeded, .merged]
            case .referred, .noActionNeeded, .merged: []
            }
        }

        /// Whether the case has ended.
        public var isTerminal: Bool { allowedTargets.isEmpty }

        /// The statuses of open cases.
        public static let open: Set<Status> = [.new, .triaged, .contactAttempted]

        func checkTransition(to target: Status, signal: Signal.ID) throws(BuurtkrachtError) {
            guard allowedTargets.contains(target) else {
                let allowed = allowedTargets.map(\.rawValue).sorted()
                let hint =
                    allowed.isEmpty
                    ? "The case is closed; report a new signal instead."
                    : "From \(rawValue) it can move to: \(allowed.joined(separator: ", "))."
                throw BuurtkrachtError(
                    code: .illegalTransition,
                    message: "A signal cannot move from \(rawValue) to \(target.rawValue). \(hint)",
                    context: [
                        "record": RecordKind.signal.rawValue, "id": signal.rawValue,
                        "from": rawValue, "to": target.rawValue,
                    ]
                )
            }
        }
    }
}
