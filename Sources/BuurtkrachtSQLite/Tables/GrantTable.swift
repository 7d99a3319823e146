import Buurtkracht

/// Break-the-glass grants in the `break_glass_grant` table; the review, once made, in the
/// `review_*` columns.
enum GrantTable: TableMapping {
    static let sql = TableSQL(
        table: "break_glass_grant",
        columns: [
            "id", "professional_id", "partner_id", "client_id", "reason", "granted_at", "expires_at",
            "review_by", "review_at", "review_justified", "review_note",
        ]
    )
    static let kind = RecordKind.breakGlassGrant

    /// Grant time, then identifier: the order of ``Buurtkracht/BreakGlassQuery/precedes(_:_:)``.
    static let order = "granted_at, id"

    static func key(of grant: BreakGlassGrant) -> String { grant.id.rawValue }

    static func bind(_ grant: BreakGlassGrant, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) {
        binder.bind(grant.id)
        binder.bind(grant.professional)
        binder.bind(grant.partner)
        binder.bind(grant.client)
        binder.bind(grant.reason)
        binder.bind(grant.grantedAt)
        binder.bind(grant.expiresAt)
        binder.bind(grant.review?.by)
        binder.bind(grant.review?.at)
        binder.bind(grant.review?.justified)
        binder.bind(grant.review?.note)
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> BreakGlassGrant {
        let id = BreakGlassGrant.ID(try reader.key())
        let professional: Professional.ID = try reader.id()
        let partner: Partner.ID = try reader.id()
        let client: Client.ID = try reader.id()
        let reason = try reader.text()
        let grantedAt = try reader.date()
        let expiresAt = try reader.date()
        var review: BreakGlassGrant.Review?
        if let reviewer: Professional.ID = try reader.optionalID() {
            review = BreakGlassGrant.Review(by: reviewer, at: try reader.date(), justified: try reader.bool(), note: try reader.optionalText())
        } else {
            for _ in 0..<3 { reader.skip() }
        }
        return BreakGlassGrant(
            id: id, professional: professional, partner: partner, client: client, reason: reason,
            grantedAt: grantedAt, expiresAt: expiresAt, review: review
        )
    }
}
