import Buurtkracht

/// Access tokens in the `access_token` table; the hash is unique.
enum AccessTokenTable: TableMapping {
    static let sql = TableSQL(
        table: "access_token",
        columns: ["id", "professional_id", "hash", "purpose", "issued_at", "expires_at", "revoked_at"]
    )
    static let kind = RecordKind.accessToken

    static func key(of token: AccessToken) -> String { token.id.rawValue }

    static func bind(_ token: AccessToken, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) {
        binder.bind(token.id)
        binder.bind(token.professional)
        binder.bind(token.hash)
        binder.bind(token.purpose)
        binder.bind(token.issuedAt)
        binder.bind(token.expiresAt)
        binder.bind(token.revokedAt)
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> AccessToken {
        AccessToken(
            id: AccessToken.ID(try reader.key()), professional: try reader.id(), hash: try reader.text(),
            purpose: try reader.value(), issuedAt: try reader.date(), expiresAt: try reader.optionalDate(),
            revokedAt: try reader.optionalDate()
        )
    }

    static func uniqueConflict(_ token: AccessToken) -> BuurtkrachtError {
        taken("hash", by: token)
    }
}
