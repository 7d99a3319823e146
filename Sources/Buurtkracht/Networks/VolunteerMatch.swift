/// A volunteer who fits a need, with why they rank where they do.
public struct VolunteerMatch: Hashable, Sendable, Codable {
    /// The volunteer.
    public var volunteer: Volunteer.ID
    /// How close they are to the client.
    public var proximity: Proximity
    /// How many more clients they can take on.
    public var freeCapacity: Int

    /// Creates a match.
    public init(volunteer: Volunteer.ID, proximity: Proximity, freeCapacity: Int) {
        self.volunteer = volunteer
        self.proximity = proximity
        self.freeCapacity = freeCapacity
    }

    /// Ranks volunteers for a need: only active volunteers with every needed skill and free
    /// capacity qualify; the same neighbourhood comes before the same district, which comes
    /// before the rest of the municipality; then the most free capacity; then the identifier.
    ///
    /// - Parameters:
    ///   - volunteers: The candidates, active or not.
    ///   - need: The skills and the place the volunteer is needed for.
    ///   - load: The number of active volunteer ties per volunteer.
    public static func rank(
        _ volunteers: [Volunteer],
        for need: VolunteerNeed,
        load: [Volunteer.ID: Int]
    ) -> [VolunteerMatch] {
        volunteers
            .filter { $0.isActive && need.skills.isSubset(of: $0.skills) }
            .map { volunteer in
                VolunteerMatch(
                    volunteer: volunteer.id,
                    proximity: Proximity(need.neighbourhood, volunteer.neighbourhood),
                    freeCapacity: volunteer.capacity - load[volunteer.id, default: 0]
                )
            }
            .filter { $0.freeCapacity > 0 }
            .sorted {
                ($0.proximity, -$0.freeCapacity, $0.volunteer) < ($1.proximity, -$1.freeCapacity, $1.volunteer)
            }
    }
}
