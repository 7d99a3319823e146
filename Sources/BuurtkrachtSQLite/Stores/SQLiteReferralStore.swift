import Buurtkracht

/// ``Buurtkracht/ReferralStore`` on the `referral` table.
struct SQLiteReferralStore: ReferralStore {
    let transaction: SQLiteTransaction
    private var table: RecordTable<ReferralTable> { transaction.table(ReferralTable.self) }

    func referral(_ id: Referral.ID) throws -> Referral? {
        try table.find(id.rawValue)
    }

    func referrals(matching query: ReferralQuery) throws -> [Referral] {
        var filter = SQLFilter()
        filter.equals("client_id", query.client)
        if let target = query.target.map(ReferralTable.targetColumns) {
            filter.add("target_kind = ? AND target_id = ?", .text(target.kind), .text(target.id))
        }
        filter.amongCases("status", query.statuses)
        return try table.fetch(filter, orderBy: ReferralTable.order)
    }

    func insert(_ referral: Referral) throws {
        try table.insert(referral)
    }

    func update(_ referral: Referral) throws {
        try table.update(referral)
    }

    func delete(_ id: Referral.ID) throws {
        try table.delete(id.rawValue)
    }
}
