public import Foundation

/// Whether a client counts as socially isolated under an ``IsolationPolicy``, and why.
public struct IsolationAssessment: Hashable, Sendable, Codable {
    /// The client assessed.
    public var client: Client.ID
    /// The number of active informal ties.
    public var informalTies: Int
    /// The last known contact with anyone in the informal network or on a visit.
    public var lastContactAt: Date?
    /// Whether the client counts as isolated.
    public var isIsolated: Bool

    /// Creates an assessment.
    public init(client: Client.ID, informalTies: Int, lastContactAt: Date?, isIsolated: Bool) {
        self.client = client
        self.informalTies = informalTies
        self.lastContactAt = lastContactAt
        self.isIsolated = isIsolated
    }

    /// Assesses a client from their ties and visits at `moment`: isolated when there are fewer
    /// active informal ties than the policy's minimum *and* no contact within its window.
    public static func assess(
        client: Client.ID,
        ties: [Tie],
        visits: [Visit],
        policy: IsolationPolicy,
        at moment: Date
    ) -> IsolationAssessment {
        let informal = ties.filter { $0.client == client && $0.isActive && $0.kind == .informal }
        let contacts =
            informal.compactMap(\.lastContactAt)
            + visits.filter { $0.outcome.reached && $0.subject.client == client }.map(\.at)
        let lastContact = contacts.filter { $0 <= moment }.max()
        let windowStart = moment.addingTimeInterval(-Double(policy.contactWindowDays) * 86_400)
        let recentContact = lastContact.map { $0 >= windowStart } ?? false
        return IsolationAssessment(
            client: client,
            informalTies: informal.count,
            lastContactAt: lastContact,
            isIsolated: informal.count < policy.minimumInformalTies && !recentContact
        )
    }
}
