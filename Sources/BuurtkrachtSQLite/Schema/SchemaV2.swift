import GRDB

/// The second schema: the BSN look-up column shrinks from the protection's token (64 hex
/// characters, text) to an 8-byte BLOB, `client.bsn_lookup` (see ``BSNColumn``).
///
/// The BSN index is the largest index a client import fills in random order: at a million
/// clients its pages no longer fit the page cache, and every batch rewrote most of them. Eight
/// bytes keep the look-up an index seek; the few clients that share a key with the BSN looked
/// for are told apart by their sealed BSN, which every read opens anyway.
///
/// Existing databases keep their clients: the new column is filled from the old token with the
/// same function the store uses, then the old column and its index are dropped (SQLite rewrites
/// the `client` table once).
enum SchemaV2 {
    /// The SQL function that turns an old token into the new key, registered during the migration.
    private static let keyFunction = DatabaseFunction("buurtkracht_bsn_lookup_key", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map { BSNColumn.lookupKey(fromToken: $0) }
    }

    /// Moves `client.bsn_token` to `client.bsn_lookup`.
    static func migrate(_ db: Database) throws {
        db.add(function: keyFunction)
        defer { db.remove(function: keyFunction) }
        try db.execute(
            sql: """
                DROP INDEX client_by_bsn;
                ALTER TABLE client ADD COLUMN bsn_lookup BLOB;
                UPDATE client SET bsn_lookup = buurtkracht_bsn_lookup_key(bsn_token) WHERE bsn_token IS NOT NULL;
                ALTER TABLE client DROP COLUMN bsn_token;
                CREATE INDEX client_by_bsn ON client(bsn_lookup) WHERE bsn_lookup IS NOT NULL;
                """)
    }
}
