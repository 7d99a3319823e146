import Buurtkracht

/// Referrals in the `referral` table; the target is a kind (partner or group) and an id.
enum ReferralTable: TableMapping {
    static let sql = TableSQL(
        table: "referral",
        columns: [
            "id", "client_id", "target_kind", "target_id", "purpose", "need", "shares_client_data", "status",
            "requested_by", "requested_at", "status_changed_at", "decline_reason",
        ]
    )
    static let kind = RecordKind.referral

    /// Request time, then identifier: the order of ``Buurtkracht/ReferralQuery/precedes(_:_:)``.
    static let order = "requested_at, id"

    static func key(of referral: Referral) -> String { referral.id.rawValue }

    /// The target's kind and id columns.
    static func targetColumns(_ target: Referral.Target) -> (kind: String, id: String) {
        switch target {
        case .partner(let id): ("partner", id.rawValue)
        case .group(let id): ("group", id.rawValue)
        }
    }

    static func bind(_ referral: Referral, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) {
        let target = targetColumns(referral.target)
        binder.bind(referral.id)
        binder.bind(referral.client)
        binder.bind(target.kind)
        binder.bind(target.id)
        binder.bind(referral.purpose)
        binder.bind(referral.need)
        binder.bind(referral.sharesClientData)
        binder.bind(referral.status)
        binder.bind(referral.requestedBy)
        binder.bind(referral.requestedAt)
        binder.bind(referral.statusChangedAt)
        binder.bind(referral.declineReason)
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> Referral {
        let id = Referral.ID(try reader.key())
        let client: Client.ID = try reader.id()
        let targetKind = try reader.text()
        let targetID = try reader.text()
        let purpose: Purpose = try reader.value()
        let need = try reader.optionalText()
        let sharesClientData = try reader.bool()
        let status: Referral.Status = try reader.value()
        let requestedBy: Professional.ID = try reader.id()
        let requestedAt = try reader.date()
        let statusChangedAt = try reader.date()
        let declineReason = try reader.optionalText()
        let target: Referral.Target
        switch targetKind {
        case "partner": target = .partner(Partner.ID(targetID))
        case "group": target = .group(SelfHelpGroup.ID(targetID))
        default: throw reader.corrupt(column: "target_kind")
        }
        let referral = Referral(
            id: id, client: client, target: target, purpose: purpose, need: need, sharesClientData: sharesClientData,
            requestedBy: requestedBy, requestedAt: requestedAt
        )
        return Referral(restoring: referral, status: status, statusChangedAt: statusChangedAt, declineReason: declineReason)
    }
}
