public import Buurtkracht

/// Params naming one guidance plan: `{"plan": "…"}`. Shared by the methods that take only that.
public struct PlanParams: Codable, Sendable, Hashable {
    /// The guidance plan.
    public var plan: Plan.ID

    /// Creates the params.
    public init(plan: Plan.ID) {
        self.plan = plan
    }
}
