public import Buurtkracht

/// Params naming one household: `{"household": "…"}`. Shared by the methods that take only that.
public struct HouseholdParams: Codable, Sendable, Hashable {
    /// The household.
    public var household: Household.ID

    /// Creates the params.
    public init(household: Household.ID) {
        self.household = household
    }
}
