import Buurtkracht
import Foundation

/// ``Buurtkracht/ClientStore`` on the `client` table: BSN, external id and household look-ups
/// are index look-ups; areas are ranges on the neighbourhood code.
struct SQLiteClientStore: ClientStore {
    let transaction: SQLiteTransaction
    private var table: RecordTable<ClientTable> { transaction.table(ClientTable.self) }

    func client(_ id: Client.ID) throws -> Client? {
        try table.find(id.rawValue)
    }

    func clients(matching query: ClientQuery) throws -> [Client] {
        var filter = SQLFilter()
        if let bsn = query.bsn {
            filter.add("bsn_lookup = ?", .blob(try BSNColumn.lookupKey(for: bsn, in: transaction)))
        }
        if let external = query.externalID {
            filter.add(
                "id IN (SELECT client_id FROM client_external_id WHERE system = ? AND value = ?)",
                .text(external.system), .text(external.value)
            )
        }
        filter.equals("household_id", query.household)
        filter.within("address_neighbourhood", query.area)
        filter.equals("birth_date", query.birthDate?.description)
        filter.equals("postcode", query.postcode?.rawValue)
        filter.amongCases("status", query.statuses)
        guard let bsn = query.bsn else { return try table.fetch(filter, orderBy: "id", limit: query.limit) }
        // Another BSN may share the look-up key (see BSNColumn): the sealed BSN decides.
        let found = try table.fetch(filter, orderBy: "id").filter { $0.bsn == bsn }
        return query.limit.map { Array(found.prefix(max(0, $0))) } ?? found
    }

    /// The batch importer's look-up: queries by external id, by BSN, and by birth date with
    /// postcode (each with a status filter or none) are answered a few hundred at a time with
    /// `IN` lists on their indexes; any other query runs on its own.
    func clients(matchingAny queries: [ClientQuery]) throws -> [Client] {
        var found: [Client.ID: Client] = [:]
        var external: [String: Set<String>] = [:]
        var bsns: [Set<Client.Status>?: Set<BSN>] = [:]
        var births: [Set<Client.Status>?: Set<[String]>] = [:]
        for var query in queries {
            query.limit = nil
            let others = query.household != nil || query.area != nil
            switch (query.externalID, query.bsn, query.birthDate, query.postcode) {
            case (let id?, nil, nil, nil) where !others && query.statuses == nil:
                external[id.system, default: []].insert(id.value)
            case (nil, let bsn?, nil, nil) where !others:
                bsns[query.statuses, default: []].insert(bsn)
            case (nil, nil, let date?, let postcode?) where !others:
                births[query.statuses, default: []].insert([date.description, postcode.rawValue])
            default:
                for client in try clients(matching: query) { found[client.id] = client }
            }
        }
        let chunk = 512
        for (system, values) in external {
            for part in values.sorted().paddedChunks(chunk) {
                var filter = SQLFilter()
                filter.add(
                    "id IN (SELECT client_id FROM client_external_id WHERE system = ? AND value IN (\(SQLFilter.placeholders(part.count))))",
                    values: [.text(system)] + part.map { .text($0) })
                for client in try table.fetch(filter, orderBy: "id") { found[client.id] = client }
            }
        }
        for (statuses, wanted) in bsns {
            // SQLite sorts an IN list itself; the order of the parts does not matter.
            for part in Array(wanted).paddedChunks(chunk) {
                var filter = SQLFilter()
                let keys = try part.map { SQLFilter.Value.blob(try BSNColumn.lookupKey(for: $0, in: transaction)) }
                filter.add("bsn_lookup IN (\(SQLFilter.placeholders(part.count)))", values: keys)
                filter.amongCases("status", statuses)
                // Another BSN may share a look-up key (see BSNColumn): the sealed BSN decides.
                for client in try table.fetch(filter, orderBy: "id") where client.bsn.map(wanted.contains) == true {
                    found[client.id] = client
                }
            }
        }
        for (statuses, pairs) in births {
            // One `OR` term a pair, each a seek on client_by_birth_date_postcode: SQLite answers a
            // row-value `IN (VALUES …)` by scanning the whole table, which made every batch of a
            // large import slower than the one before.
            for part in pairs.sorted(by: { $0.lexicographicallyPrecedes($1) }).paddedChunks(chunk / 2) {
                var filter = SQLFilter()
                filter.add(
                    "(" + Array(repeating: "(birth_date = ? AND postcode = ?)", count: part.count).joined(separator: " OR ") + ")",
                    values: part.flatMap { [.text($0[0]), .text($0[1])] })
                filter.amongCases("status", statuses)
                for client in try table.fetch(filter, orderBy: "id") { found[client.id] = client }
            }
        }
        return found.values.sorted { $0.id < $1.id }
    }

    func insert(_ client: Client) throws {
        try table.insert(client)
    }

    /// All or none, through one prepared statement in one savepoint (the protocol's default
    /// inserts one by one, each in a savepoint of its own).
    func insert(contentsOf clients: [Client]) throws {
        try table.insert(contentsOf: clients)
    }

    /// Without `atomically`, no savepoint: it would copy every existing index page the batch
    /// changes into its journal (in memory, with `temp_store = MEMORY`), a copy that grows with
    /// the table: 13 MB more peak memory at 300 000 imported clients, and more as it grows.
    func insert(contentsOf clients: [Client], atomically: Bool) throws {
        try table.insert(contentsOf: clients, atomically: atomically)
    }

    func update(_ client: Client) throws {
        try table.update(client)
    }

    func delete(_ id: Client.ID) throws {
        try table.delete(id.rawValue)
    }
}
