/// Possible duplicate clients: list, flag, decide, merge — and undo a merge.
///
/// A merge is never automatic. It marks the merged-away record as merged into the survivor;
/// nothing is deleted or moved, so an unmerge restores both records exactly.
public struct DuplicateService: Sendable {
    let runner: ServiceRunner

    /// The pairs still to decide on. Needs ``Permission/registerClients``.
    public func open(context: AccessContext) async throws -> [PossibleDuplicate] {
        try await runner.perform(context) { unit in
            try unit.require(.registerClients, for: RecordReference(kind: .duplicate, id: "*"))
            return try unit.transaction.duplicates.duplicates(matching: DuplicateQuery(statuses: [.open]))
        }
    }

    /// Flags two clients as a possible duplicate. Needs access to both.
    public func flag(_ a: Client.ID, _ b: Client.ID, context: AccessContext) async throws -> PossibleDuplicate {
        try await runner.perform(context) { unit in
            guard a != b else {
                throw BuurtkrachtError.invalidValue("clients", in: .duplicate, rule: "a pair needs two different clients.")
            }
            let pair = PossibleDuplicate(id: unit.newID(), clients: a, b, reason: .reported, detectedAt: unit.now)
            let record = RecordReference(kind: .duplicate, id: pair.id.rawValue)
            _ = try unit.client(a, for: .update, record: record)
            _ = try unit.client(b, for: .update, record: record)
            try unit.transaction.duplicates.insert(pair)
            return pair
        }
    }

    /// Decides that the pair are two different people.
    public func markNotDuplicate(_ id: PossibleDuplicate.ID, context: AccessContext) async throws -> PossibleDuplicate {
        try await decide(id, context: context) { pair, unit in
            guard pair.status == .open else { throw Self.illegal(pair, to: .notDuplicate) }
            pair.status = .notDuplicate
        }
    }

    /// Merges the pair, keeping `survivor`; the other record is marked as merged into it.
    public func merge(_ id: PossibleDuplicate.ID, keeping survivor: Client.ID, context: AccessContext) async throws
        -> PossibleDuplicate
    {
        try await decide(id, context: context) { pair, unit in
            guard pair.status == .open else { throw Self.illegal(pair, to: .merged) }
            guard survivor == pair.first || survivor == pair.second else {
                throw BuurtkrachtError.invalidValue("survivor", in: .duplicate, rule: "the survivor must be one of the pair.")
            }
            let mergedAway = survivor == pair.first ? pair.second : pair.first
            let clients = unit.transaction.clients
            guard var other = try clients.client(mergedAway), let kept = try clients.client(survivor),
                other.status != .merged, kept.status != .merged
            else {
                throw BuurtkrachtError(
                    code: .conflict,
                    message: "One of the pair is already merged into another record. Unmerge that first.",
                    context: ["record": RecordKind.duplicate.rawValue, "id": pair.id.rawValue]
                )
            }
            pair.statusBeforeMerge = other.status
            other.status = .merged
            other.mergedInto = survivor
            try clients.update(other)
            pair.status = .merged
            pair.survivor = survivor
        }
    }

    /// Undoes a merge: the merged-away record gets its status back, and the pair is open again.
    public func unmerge(_ id: PossibleDuplicate.ID, context: AccessContext) async throws -> PossibleDuplicate {
        try await decide(id, context: context) { pair, unit in
            guard pair.status == .merged, let mergedAway = pair.mergedAway else { throw Self.illegal(pair, to: .open) }
            guard var other = try unit.transaction.clients.client(mergedAway) else {
                throw BuurtkrachtError.notFound(.client, id: mergedAway.rawValue)
            }
            other.status = pair.statusBeforeMerge ?? .active
            other.mergedInto = nil
            try unit.transaction.clients.update(other)
            pair.status = .open
            pair.survivor = nil
            pair.statusBeforeMerge = nil
        }
    }

    private func decide(
        _ id: PossibleDuplicate.ID,
        context: AccessContext,
        _ body: @escaping @Sendable (inout PossibleDuplicate, UnitOfWork) throws -> Void
    ) async throws -> PossibleDuplicate {
        try await runner.perform(context) { unit in
            guard var pair = try unit.transaction.duplicates.duplicate(id) else {
                throw BuurtkrachtError.notFound(.duplicate, id: id.rawValue)
            }
            let record = RecordReference(kind: .duplicate, id: id.rawValue)
            try unit.require(.registerClients, for: record)
            _ = try unit.client(pair.first, for: .merge, record: record)
            _ = try unit.client(pair.second, for: .merge, record: record)
            try body(&pair, unit)
            pair.decisions.append(PossibleDuplicate.Decision(status: pair.status, by: unit.context.professional, at: unit.now))
            try unit.transaction.duplicates.update(pair)
            return pair
        }
    }

    private static func illegal(_ pair: PossibleDuplicate, to target: PossibleDuplicate.Status) -> BuurtkrachtError {
        BuurtkrachtError(
            code: .illegalTransition,
            message: "The pair is \(pair.status.rawValue) and cannot become \(target.rawValue). "
                + "Only open pairs are decided or merged, and only merged pairs are unmerged.",
            context: [
                "record": RecordKind.duplicate.rawValue, "id": pair.id.rawValue,
                "from": pair.status.rawValue, "to": target.rawValue,
            ]
        )
    }
}
