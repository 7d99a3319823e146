public import Foundation

/// Finds existing clients that may be the same person as a given one: the same BSN, or the
/// same name, birth date and postcode. Used on registration and by the importer.
public enum DuplicateFinder {
    /// The existing clients (other than `client` itself, and not merged away) that may be the same
    /// person, with the reason.
    public static func candidates(for client: Client, in transaction: any StorageTransaction) throws
        -> [(client: Client.ID, reason: PossibleDuplicate.Reason)]
    {
        var found: [Client.ID: PossibleDuplicate.Reason] = [:]
        let live: Set<Client.Status> = [.active, .inactive]
        if let bsn = client.bsn {
            for other in try transaction.clients.clients(matching: ClientQuery(bsn: bsn, statuses: live)) where other.id != client.id {
                found[other.id] = .sameBSN
            }
        }
        if let birthDate = client.birthDate, let postcode = client.address?.postcode {
            let key = client.name.matchKey
            let others = try transaction.clients.clients(
                matching: ClientQuery(birthDate: birthDate, postcode: postcode, statuses: live)
            )
            for other in others where other.id != client.id && found[other.id] == nil && other.name.matchKey == key {
                found[other.id] = .sameNameBirthDateAndPostcode
            }
        }
        return found
            .sorted { $0.key < $1.key }
            .map { (client: $0.key, reason: $0.value) }
    }

    /// Flags the candidates for `client` as open pairs, skipping pairs that are flagged already.
    public static func flag(
        _ client: Client,
        in transaction: any StorageTransaction,
        ids: IDGenerator,
        at moment: Date
    ) throws -> [PossibleDuplicate] {
        var flagged: [PossibleDuplicate] = []
        let known = try transaction.duplicates.duplicates(matching: DuplicateQuery(client: client.id))
        for candidate in try candidates(for: client, in: transaction) {
            let pair = PossibleDuplicate(id: ids(), clients: client.id, candidate.client, reason: candidate.reason, detectedAt: moment)
            guard !known.contains(where: { $0.first == pair.first && $0.second == pair.second }) else { continue }
            try transaction.duplicates.insert(pair)
            flagged.append(pair)
        }
        return flagged
    }
}
