import Buurtkracht

extension StorageConformance {
    static var caseChecks: [Check] {
        [
            Check("groups: members, waiting list and attendance read back equal; queries by theme, area and client") { storage in
                let groups = [
                    Fixtures.group("group-1"),
                    Fixtures.group("group-2", theme: .loneliness, in: Fixtures.northNextDoor, members: ["client-3"], waiting: []),
                    Fixtures.group("group-3", theme: .debts, in: Fixtures.elsewhere, members: [], waiting: ["client-1"]),
                ]
                try await storage.write { tx in for group in groups.reversed() { try tx.groups.insert(group) } }
                for group in groups { try expectEqual(try await storage.read { try $0.groups.group(group.id) }, group, "group \(group.id)") }
                func ids(_ query: GroupQuery) async throws -> [SelfHelpGroup] { try await storage.read { try $0.groups.groups(matching: query) } }
                try expectIDs(try await ids(GroupQuery()), ["group-1", "group-2", "group-3"], "all")
                try expectIDs(try await ids(GroupQuery(themes: [.debts])), ["group-1", "group-3"], "by theme")
                try expectIDs(try await ids(GroupQuery(area: .district(Fixtures.north.district))), ["group-1", "group-2"], "by district")
                try expectIDs(try await ids(GroupQuery(client: "client-1")), ["group-1", "group-3"], "by member or waiting client")
                var changed = groups[0]
                try changed.enrol("client-9", at: Fixtures.at(500))
                try await storage.write { [changed] tx in
                    try tx.groups.update(changed)
                    try expectError(.alreadyExists, "inserting a taken id") { try tx.groups.insert(changed) }
                    try tx.groups.delete("group-3")
                    try expectError(.notFound, "deleting twice") { try tx.groups.delete("group-3") }
                }
                try expectEqual(try await storage.read { try $0.groups.group("group-1") }, changed, "updated group")
            },
            Check("referrals: read back equal; queries by client, target and status, ordered by request time") { storage in
                let referrals = [
                    Fixtures.referral("referral-1", requestedAt: Fixtures.at(30)),
                    Fixtures.referral("referral-2", target: .group("group-1"), status: .accepted, requestedAt: Fixtures.at(10)),
                    Fixtures.referral("referral-3", client: "client-2", status: .requested, requestedAt: Fixtures.at(20)),
                ]
                try await storage.write { tx in for referral in referrals { try tx.referrals.insert(referral) } }
                for referral in referrals {
                    try expectEqual(try await storage.read { try $0.referrals.referral(referral.id) }, referral, "referral \(referral.id)")
                }
                func ids(_ query: ReferralQuery) async throws -> [Referral] { try await storage.read { try $0.referrals.referrals(matching: query) } }
                try expectIDs(try await ids(ReferralQuery()), ["referral-2", "referral-3", "referral-1"], "all, by request time")
                try expectIDs(try await ids(ReferralQuery(client: "client-1")), ["referral-2", "referral-1"], "by client")
                try expectIDs(try await ids(ReferralQuery(target: .partner("partner-4"))), ["referral-3", "referral-1"], "by target")
                try expectIDs(try await ids(ReferralQuery(statuses: [.requested, .accepted])), ["referral-2", "referral-3"], "by status")
                var changed = referrals[2]
                try changed.transition(to: .withdrawn, at: Fixtures.at(40))
                try await storage.write { [changed] tx in
                    try tx.referrals.update(changed)
                    try expectError(.alreadyExists, "inserting a taken id") { try tx.referrals.insert(changed) }
                    try tx.referrals.delete("referral-1")
                    try expectError(.notFound, "deleting twice") { try tx.referrals.delete("referral-1") }
                }
                try expectEqual(try await storage.read { try $0.referrals.referral("referral-3") }, changed, "updated referral")
            },
            Check("duplicates: decisions read back equal; queries by client and status") { storage in
                let pairs = [
                    Fixtures.duplicate("duplicate-1"),
                    Fixtures.duplicate("duplicate-2", "client-3", "client-2", merged: false),
                ]
                try await storage.write { tx in for pair in pairs { try tx.duplicates.insert(pair) } }
                for pair in pairs { try expectEqual(try await storage.read { try $0.duplicates.duplicate(pair.id) }, pair, "pair \(pair.id)") }
                func ids(_ query: DuplicateQuery) async throws -> [PossibleDuplicate] {
                    try await storage.read { try $0.duplicates.duplicates(matching: query) }
                }
                try expectIDs(try await ids(DuplicateQuery(client: "client-2")), ["duplicate-1", "duplicate-2"], "by client on either side")
                try expectIDs(try await ids(DuplicateQuery(client: "client-3", statuses: [.open])), ["duplicate-2"], "by client and status")
                try expectIDs(try await ids(DuplicateQuery(statuses: [.merged])), ["duplicate-1"], "by status")
                var changed = pairs[1]
                changed.status = .notDuplicate
                try await storage.write { [changed] tx in
                    try tx.duplicates.update(changed)
                    try expectError(.alreadyExists, "inserting a taken id") { try tx.duplicates.insert(changed) }
                    try tx.duplicates.delete("duplicate-1")
                    try expectError(.notFound, "deleting twice") { try tx.duplicates.delete("duplicate-1") }
                }
                try expectEqual(try await storage.read { try $0.duplicates.duplicate("duplicate-2") }, changed, "updated pair")
            },
        ]
    }
}
