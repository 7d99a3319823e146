import Buurtkracht

/// A client's identifiers in other systems, one row each in `client_external_id`.
///
/// The unique index on (system, value) makes an identifier belong to one client only; a
/// second client with the same one is refused with ``Buurtkracht/BuurtkrachtError/Code/alreadyExists``.
enum ExternalIDTable {
    private static let table = "client_external_id"
    private static let insert = "INSERT INTO client_external_id (system, value, client_id) VALUES (?, ?, ?)"
    private static let deleteAll = "DELETE FROM client_external_id WHERE client_id = ?"
    private static let select = "SELECT system, value FROM client_external_id WHERE client_id = ?"

    /// Writes `ids` as `client`'s identifiers, replacing those it had when `replacing`.
    static func write(_ ids: [String: String], of client: Client, in transaction: SQLiteTransaction, replacing: Bool) throws {
        if replacing {
            try transaction.run(deleteAll, table: table) { $0.bind(client.id) }
        }
        for (system, value) in ids.sorted(by: { $0.key < $1.key }) {
            try transaction.run(insert, table: table, conflict: { ClientTable.taken("externalID", by: client) }) { binder in
                binder.bind(system)
                binder.bind(value)
                binder.bind(client.id)
            }
        }
    }

    /// The identifiers of `client`, keyed by system.
    static func read(of client: Client.ID, in transaction: SQLiteTransaction) throws -> [String: String] {
        let pairs = try transaction.fetch(select, table: table, values: [.text(client.rawValue)]) { reader in
            (try reader.text(), try reader.text())
        }
        return Dictionary(pairs) { first, _ in first }
    }
}
