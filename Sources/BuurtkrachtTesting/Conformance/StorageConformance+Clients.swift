import Buurtkracht

extension StorageConformance {
    static var clientChecks: [Check] {
        [
            Check("clients: a stored client reads back equal, every field included") { storage in
                let client = Fixtures.client("client-1", bsn: "111222333", household: "household-1", externalIDs: ["Suite4Sociaal": "D-1", "Legacy": "0042"])
                try await storage.write { tx in
                    try tx.households.insert(Household(id: "household-1", address: Fixtures.address("1"), registeredAt: Fixtures.at(0)))
                    try tx.clients.insert(client)
                }
                let read = try await storage.read { try $0.clients.client("client-1") }
                try expectEqual(read, client, "client read back")
                let missing = try await storage.read { try $0.clients.client("client-404") }
                try expect(missing == nil, "an unknown client id must read as nil")
            },
            Check("clients: a client without optional fields reads back equal") { storage in
                let client = Client(id: "client-bare", name: PersonName(familyName: "Bakker"), registeredAt: Fixtures.at(1))
                try await storage.write { try $0.clients.insert(client) }
                try expectEqual(try await storage.read { try $0.clients.client("client-bare") }, client, "bare client")
            },
            Check("clients: insert, update and delete report alreadyExists and notFound") { storage in
                let client = Fixtures.client("client-1")
                try await storage.write { try $0.clients.insert(client) }
                try await storage.write { tx in
                    try expectError(.alreadyExists, "inserting a taken id") { try tx.clients.insert(client) }
                    try expectError(.notFound, "updating a missing client") { try tx.clients.update(Fixtures.client("client-2")) }
                    try expectError(.notFound, "deleting a missing client") { try tx.clients.delete("client-2") }
                }
                var changed = client
                changed.name.familyName = "Pietersen"
                changed.problemAreas = [.justice]
                changed.status = .inactive
                try await storage.write { [changed] tx in try tx.clients.update(changed) }
                try expectEqual(try await storage.read { try $0.clients.client("client-1") }, changed, "updated client")
                try await storage.write { try $0.clients.delete("client-1") }
                try expect(try await storage.read { try $0.clients.client("client-1") } == nil, "a deleted client must be gone")
            },
            Check("clients: an external id (system and value) belongs to one client only") { storage in
                try await storage.write { try $0.clients.insert(Fixtures.client("client-1", externalIDs: ["Suite4Sociaal": "D-1"])) }
                try await storage.write { tx in
                    try expectError(.alreadyExists, "inserting a second client with the same external id") {
                        try tx.clients.insert(Fixtures.client("client-2", externalIDs: ["Suite4Sociaal": "D-1"]))
                    }
                    try tx.clients.insert(Fixtures.client("client-3", externalIDs: ["Suite4Sociaal": "D-2", "Other": "D-1"]))
                    var other = Fixtures.client("client-3", externalIDs: ["Suite4Sociaal": "D-1"])
                    other.name.familyName = "X"
                    try expectError(.alreadyExists, "updating a client to another's external id") { try tx.clients.update(other) }
                }
            },
            Check("clients: queries filter by BSN, external id, household, area, birth date, postcode and status") { storage in
                let clients = [
                    Fixtures.client("client-1", bsn: "111222333", household: "household-1", externalIDs: ["S": "1"]),
                    Fixtures.client("client-2", bsn: "123456782", household: "household-1", address: Fixtures.address("2", in: Fixtures.northNextDoor)),
                    Fixtures.client("client-3", address: Fixtures.address("3", postcode: "2262CD", in: Fixtures.acrossTown), birthDate: Fixtures.date(1990, 1, 1)),
                    Fixtures.client("client-4", address: Fixtures.address("4", in: Fixtures.elsewhere), status: .merged, externalIDs: ["S": "4"]),
                    Fixtures.client("client-5", address: nil, birthDate: nil, status: .inactive),
                ]
                try await storage.write { tx in
                    try tx.households.insert(Household(id: "household-1", registeredAt: Fixtures.at(0)))
                    for client in clients.reversed() { try tx.clients.insert(client) }
                }
                func ids(_ query: ClientQuery) async throws -> [Client] {
                    try await storage.read { try $0.clients.clients(matching: query) }
                }
                try expectIDs(try await ids(ClientQuery()), ["client-1", "client-2", "client-3", "client-4", "client-5"], "all, by id")
                try expectIDs(try await ids(ClientQuery(bsn: Fixtures.bsn("123456782"))), ["client-2"], "by BSN")
                try expectIDs(try await ids(ClientQuery(externalID: ExternalID(system: "S", value: "4"))), ["client-4"], "by external id")
                try expectIDs(try await ids(ClientQuery(externalID: ExternalID(system: "T", value: "4"))), [], "by external id of another system")
                try expectIDs(try await ids(ClientQuery(household: "household-1")), ["client-1", "client-2"], "by household")
                try expectIDs(try await ids(ClientQuery(area: .neighbourhood(Fixtures.north))), ["client-1"], "by neighbourhood")
                try expectIDs(try await ids(ClientQuery(area: .district(Fixtures.north.district))), ["client-1", "client-2"], "by district")
                try expectIDs(try await ids(ClientQuery(area: .municipality(Fixtures.north.municipality))), ["client-1", "client-2", "client-3"], "by municipality")
                try expectIDs(try await ids(ClientQuery(birthDate: Fixtures.date(1990, 1, 1))), ["client-3"], "by birth date")
                try expectIDs(try await ids(ClientQuery(postcode: try Postcode("2262CD"))), ["client-3"], "by postcode")
                try expectIDs(try await ids(ClientQuery(statuses: [.merged, .inactive])), ["client-4", "client-5"], "by status")
                try expectIDs(try await ids(ClientQuery(birthDate: Fixtures.date(1961, 3, 2), postcode: try Postcode("2262AB"))), ["client-1", "client-2", "client-4"], "birth date and postcode")
                try expectIDs(try await ids(ClientQuery(limit: 2)), ["client-1", "client-2"], "limit")
            },
            Check("households: stored, updated and deleted") { storage in
                let household = Household(id: "household-1", address: Fixtures.address("9"), registeredAt: Fixtures.at(0.5))
                try await storage.write { try $0.households.insert(household) }
                try expectEqual(try await storage.read { try $0.households.household("household-1") }, household, "household")
                var moved = household
                moved.address = nil
                try await storage.write { [moved] tx in
                    try expectError(.alreadyExists, "inserting a taken id") { try tx.households.insert(household) }
                    try tx.households.update(moved)
                }
                try expectEqual(try await storage.read { try $0.households.household("household-1") }, moved, "updated household")
                try await storage.write { try $0.households.delete("household-1") }
                try await storage.write { tx in
                    try expectError(.notFound, "deleting twice") { try tx.households.delete("household-1") }
                }
            },
        ]
    }
}
