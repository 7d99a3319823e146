/// Volunteers and buddies: register them, match them to a need, and assign them to a client.
public struct VolunteerService: Sendable {
    let runner: ServiceRunner

    /// Registers a volunteer. Needs ``Permission/manageVolunteers``.
    public func register(
        name: String,
        skills: Set<Skill>,
        neighbourhood: NeighbourhoodCode,
        capacity: Int,
        context: AccessContext
    ) async throws -> Volunteer {
        try await runner.perform(context) { unit in
            let volunteer = Volunteer(id: unit.newID(), name: name, skills: skills, neighbourhood: neighbourhood, capacity: capacity)
            let record = RecordReference(kind: .volunteer, id: volunteer.id.rawValue)
            try unit.require(.manageVolunteers, for: record)
            guard !name.isBlank else { throw BuurtkrachtError.missingField("name", in: .volunteer) }
            guard capacity >= 0 else {
                throw BuurtkrachtError.invalidValue("capacity", in: .volunteer, rule: "a capacity is zero or more clients.")
            }
            try unit.transaction.network.insert(volunteer)
            try unit.audit(.create, record: record, subject: nil, basis: .role)
            return volunteer
        }
    }

    /// The volunteers in an area. Needs ``Permission/matchVolunteers``.
    public func volunteers(in area: AreaFilter, context: AccessContext) async throws -> [Volunteer] {
        try await runner.perform(context) { unit in
            try unit.require(.matchVolunteers, for: RecordReference(kind: .volunteer, id: "*"))
            return try unit.transaction.network.volunteers(matching: VolunteerQuery(area: area))
        }
    }

    /// Volunteers who fit a need, best first: every needed skill, free capacity, the same
    /// neighbourhood before the same district (see ``VolunteerMatch/rank(_:for:load:)``).
    /// Needs ``Permission/matchVolunteers``.
    public func match(_ need: VolunteerNeed, context: AccessContext) async throws -> [VolunteerMatch] {
        try await runner.perform(context) { unit in
            try unit.require(.matchVolunteers, for: RecordReference(kind: .volunteer, id: "*"))
            return try Self.rank(need, unit: unit)
        }
    }

    /// Assigns a volunteer to a client as volunteer or buddy: records the tie. Needs
    /// ``Permission/matchVolunteers`` and access to the client.
    ///
    /// - Throws: ``BuurtkrachtError/Code/conflict`` when the volunteer has no free capacity.
    public func assign(
        _ volunteer: Volunteer.ID,
        to client: Client.ID,
        relation: InformalRelation = .buddy,
        role: String? = nil,
        context: AccessContext
    ) async throws -> Tie {
        try await runner.perform(context) { unit in
            let tie = Tie(
                id: unit.newID(), client: client, counterpart: .volunteer(volunteer, relation: relation), role: role,
                frequency: .weekly, since: unit.now
            )
            let record = RecordReference(kind: .tie, id: tie.id.rawValue)
            try unit.require(.matchVolunteers, for: record)
            _ = try unit.client(client, for: .create, record: record)
            let network = unit.transaction.network
            guard let found = try network.volunteer(volunteer) else {
                throw BuurtkrachtError.notFound(.volunteer, id: volunteer.rawValue)
            }
            let load = try network.ties(matching: TieQuery(volunteers: [volunteer], activeOnly: true)).count
            guard found.isActive, load < found.capacity else {
                throw BuurtkrachtError(
                    code: .conflict,
                    message: "Volunteer \(volunteer) has no free capacity (\(load) of \(found.capacity) places taken). "
                        + "Match another volunteer, or end one of their ties first.",
                    context: ["record": RecordKind.volunteer.rawValue, "id": volunteer.rawValue]
                )
            }
            try network.insert(tie)
            return tie
        }
    }

    static func rank(_ need: VolunteerNeed, unit: UnitOfWork) throws -> [VolunteerMatch] {
        let network = unit.transaction.network
        let candidates = try network.volunteers(
            matching: VolunteerQuery(area: .municipality(need.neighbourhood.municipality), activeOnly: true)
        )
        let ties = try network.ties(matching: TieQuery(volunteers: Set(candidates.map(\.id)), activeOnly: true))
        var load: [Volunteer.ID: Int] = [:]
        for tie in ties {
            if case .volunteer(let id, _) = tie.counterpart { load[id, default: 0] += 1 }
        }
        return VolunteerMatch.rank(candidates, for: need, load: load)
    }
}
