/// ``GroupStore``, ``ReferralStore`` and ``DuplicateStore`` over the in-memory tables.
struct InMemoryGroupStore: GroupStore {
    let transaction: InMemoryTransaction
    private var db: InMemoryDatabase { transaction.database }

    func group(_ id: SelfHelpGroup.ID) throws -> SelfHelpGroup? { db.groups[id] }

    func groups(matching query: GroupQuery) throws -> [SelfHelpGroup] { db.groups.all.filter(query.matches) }

    func insert(_ group: SelfHelpGroup) throws {
        try transaction.change(\.groups) { try $0.insert(group) }
    }

    func update(_ group: SelfHelpGroup) throws {
        try transaction.change(\.groups) { try $0.update(group) }
    }

    func delete(_ id: SelfHelpGroup.ID) throws {
        try transaction.change(\.groups) { try $0.remove(id) }
    }
}

struct InMemoryReferralStore: ReferralStore {
    let transaction: InMemoryTransaction
    private var db: InMemoryDatabase { transaction.database }

    func referral(_ id: Referral.ID) throws -> Referral? { db.referrals[id] }

    func referrals(matching query: ReferralQuery) throws -> [Referral] {
        db.referrals.all.filter(query.matches).sorted(by: ReferralQuery.precedes)
    }

    func insert(_ referral: Referral) throws {
        try transaction.change(\.referrals) { try $0.insert(referral) }
    }

    func update(_ referral: Referral) throws {
        try transaction.change(\.referrals) { try $0.update(referral) }
    }

    func delete(_ id: Referral.ID) throws {
        try transaction.change(\.referrals) { try $0.remove(id) }
    }
}

struct InMemoryDuplicateStore: DuplicateStore {
    let transaction: InMemoryTransaction
    private var db: InMemoryDatabase { transaction.database }

    func duplicate(_ id: PossibleDuplicate.ID) throws -> PossibleDuplicate? { db.duplicates[id] }

    func duplicates(matching query: DuplicateQuery) throws -> [PossibleDuplicate] {
        db.duplicates.all.filter(query.matches)
    }

    func insert(_ duplicate: PossibleDuplicate) throws {
        try transaction.change(\.duplicates) { try $0.insert(duplicate) }
    }

    func update(_ duplicate: PossibleDuplicate) throws {
        try transaction.change(\.duplicates) { try $0.update(duplicate) }
    }

    func delete(_ id: PossibleDuplicate.ID) throws {
        try transaction.change(\.duplicates) { try $0.remove(id) }
    }
}
