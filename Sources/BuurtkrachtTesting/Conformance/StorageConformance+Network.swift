import Buurtkracht

extension StorageConformance {
    static var networkChecks: [Check] {
        [
            Check("ties: every counterpart kind reads back equal; queries by client, volunteer, professional and activity") { storage in
                let ties = [
                    Fixtures.tie("tie-1", counterpart: .person(name: "Anke", relation: .family)),
                    Fixtures.tie("tie-2", counterpart: .volunteer("volunteer-1", relation: .buddy)),
                    Fixtures.tie("tie-3", client: "client-2", counterpart: .professional("professional-4"), ended: true),
                    Fixtures.tie("tie-4", client: "client-2", counterpart: .partner("partner-2")),
                    Fixtures.tie("tie-5", client: "client-3", counterpart: .volunteer("volunteer-2", relation: .volunteer)),
                ]
                try await storage.write { tx in for tie in ties.reversed() { try tx.network.insert(tie) } }
                for tie in ties { try expectEqual(try await storage.read { try $0.network.tie(tie.id) }, tie, "tie \(tie.id)") }
                func ids(_ query: TieQuery) async throws -> [Tie] { try await storage.read { try $0.network.ties(matching: query) } }
                try expectIDs(try await ids(TieQuery()), ["tie-1", "tie-2", "tie-3", "tie-4", "tie-5"], "all, by id")
                try expectIDs(try await ids(TieQuery(clients: ["client-2", "client-1"])), ["tie-1", "tie-2", "tie-3", "tie-4"], "by clients")
                try expectIDs(try await ids(TieQuery(clients: ["client-2"], activeOnly: true)), ["tie-4"], "active only")
                try expectIDs(try await ids(TieQuery(volunteers: ["volunteer-1", "volunteer-2"])), ["tie-2", "tie-5"], "by volunteers")
                try expectIDs(try await ids(TieQuery(professional: "professional-4")), ["tie-3"], "by professional")
                var changed = ties[0]
                changed.frequency = .rarely
                changed.endedAt = Fixtures.at(99)
                try await storage.write { [changed] tx in
                    try tx.network.update(changed)
                    try expectError(.alreadyExists, "inserting a taken id") { try tx.network.insert(changed) }
                    try expectError(.notFound, "updating a missing tie") { try tx.network.update(Fixtures.tie("tie-9", counterpart: .partner("p"))) }
                    try tx.network.delete(Tie.ID("tie-5"))
                    try expectError(.notFound, "deleting twice") { try tx.network.delete(Tie.ID("tie-5")) }
                }
                try expectEqual(try await storage.read { try $0.network.tie("tie-1") }, changed, "updated tie")
            },
            Check("volunteers: stored and queried by area, skill and activity") { storage in
                let volunteers = [
                    Fixtures.volunteer("volunteer-1"),
                    Fixtures.volunteer("volunteer-2", skills: [.language], in: Fixtures.northNextDoor),
                    Fixtures.volunteer("volunteer-3", skills: [.paperwork, "fietsen"], in: Fixtures.acrossTown, active: false),
                    Fixtures.volunteer("volunteer-4", in: Fixtures.elsewhere),
                ]
                try await storage.write { tx in for volunteer in volunteers.reversed() { try tx.network.insert(volunteer) } }
                try expectEqual(try await storage.read { try $0.network.volunteer("volunteer-3") }, volunteers[2], "volunteer")
                func ids(_ query: VolunteerQuery) async throws -> [Volunteer] { try await storage.read { try $0.network.volunteers(matching: query) } }
                try expectIDs(try await ids(VolunteerQuery()), ["volunteer-1", "volunteer-2", "volunteer-3", "volunteer-4"], "all")
                try expectIDs(try await ids(VolunteerQuery(area: .district(Fixtures.north.district))), ["volunteer-1", "volunteer-2"], "by district")
                try expectIDs(try await ids(VolunteerQuery(area: .municipality(Fixtures.north.municipality), activeOnly: true)), ["volunteer-1", "volunteer-2"], "active in municipality")
                try expectIDs(try await ids(VolunteerQuery(skill: .paperwork)), ["volunteer-1", "volunteer-3", "volunteer-4"], "by skill")
                try expectIDs(try await ids(VolunteerQuery(skill: "fietsen")), ["volunteer-3"], "by a municipality's own skill")
                var changed = volunteers[1]
                changed.capacity = 5
                try await storage.write { [changed] tx in
                    try tx.network.update(changed)
                    try expectError(.alreadyExists, "inserting a taken id") { try tx.network.insert(changed) }
                    try tx.network.delete(Volunteer.ID("volunteer-4"))
                    try expectError(.notFound, "deleting twice") { try tx.network.delete(Volunteer.ID("volunteer-4")) }
                }
                try expectEqual(try await storage.read { try $0.network.volunteer("volunteer-2") }, changed, "updated volunteer")
            },
        ]
    }
}
