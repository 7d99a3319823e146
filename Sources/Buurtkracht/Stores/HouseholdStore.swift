/// Stores households. Used inside a unit of work (see ``Storage``).
public protocol HouseholdStore {
    /// The household with `id`, or nil.
    func household(_ id: Household.ID) throws -> Household?
    /// Adds a household; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ household: Household) throws
    /// Replaces a household; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ household: Household) throws
    /// Removes a household; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func delete(_ id: Household.ID) throws
}
