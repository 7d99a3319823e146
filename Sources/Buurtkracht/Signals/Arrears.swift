/// Payment arrears reported with an early debt signal (*vroegsignalering*).
///
/// A repeat signal from the same creditor whose arrears have not grown does not open a new
/// case (see ``TriagePolicy/isRepeat(_:of:)``).
public struct Arrears: Hashable, Sendable, Codable {
    /// The amount in arrears, in euro cents.
    public var amountInCents: Int
    /// How many months of payments are missing, when told.
    public var monthsInArrears: Int?
    /// Whether eviction or a cut-off threatens; shortens the deadline to a few working days.
    public var threat: Threat

    /// Creates arrears.
    public init(amountInCents: Int, monthsInArrears: Int? = nil, threat: Threat = .none) {
        self.amountInCents = amountInCents
        self.monthsInArrears = monthsInArrears
        self.threat = threat
    }

    /// What threatens if the arrears are not resolved.
    public enum Threat: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
        /// Nothing announced yet.
        case none
        /// Eviction (*huisuitzetting*) has been announced.
        case eviction
        /// A cut-off of energy or water (*afsluiting*) has been announced.
        case cutOff

        /// Orders from no threat to the most immediate one.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

        private var rank: Int {
            switch self {
            case .none: 0
            case .cutOff: 1
            case .eviction: 2
            }
        }
    }
}
