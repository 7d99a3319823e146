extension Plan {
    /// The phases of a plan: *opvangen, aanpakken, loslaten*, then closed.
    ///
    /// ```
    /// stabilise ──► tackle ──► letGo ──► closed
    ///     │           ▲ └────────┘ │
    ///     │           └─ relapse ──┘
    ///     └──────────────► closed (from any open phase, with a reason)
    /// ```
    public enum Phase: String, Hashable, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
        /// *Opvangen* — take in and stabilise.
        case stabilise
        /// *Aanpakken* — work on the goals.
        case tackle
        /// *Loslaten* — let go: aftercare, the client carries on alone.
        case letGo
        /// Closed, with a reason.
        case closed

        /// The phases a plan in this phase may move to.
        public var allowedTargets: Set<Phase> {
            switch self {
            case .stabilise: [.tackle, .closed]
            case .tackle: [.letGo, .closed]
            case .letGo: [.tackle, .closed]
            case .closed: []
            }
        }

        /// The Dutch name used by neighbourhood teams.
        public var dutchName: String {
            switch self {
            case .stabilise: "opvangen"
            case .tackle: "aanpakken"
            case .letGo: "loslaten"
            case .closed: "afgesloten"
            }
        }

        func checkTransition(to target: Phase, plan: Plan.ID) throws(BuurtkrachtError) {
            guard allowedTargets.contains(target) else {
                let allowed = allowedTargets.map(\.rawValue).sorted()
                let hint =
                    allowed.isEmpty
                    ? "The plan is closed; start a new plan instead."
                    : "From \(rawValue) it can move to: \(allowed.joined(separator: ", "))."
                throw BuurtkrachtError(
                    code: .illegalTransition,
                    message: "A plan cannot move from \(rawValue) to \(target.rawValue). \(hint)",
                    context: [
                        "record": RecordKind.plan.rawValue, "id": plan.rawValue,
                        "from": rawValue, "to": target.rawValue,
                    ]
                )
            }
        }
    }
}
