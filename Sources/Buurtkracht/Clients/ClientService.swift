import Foundation

/// Registers clients and households, reads and updates them — with access checked and
/// audited on every call.
public struct ClientService: Sendable {
    let runner: ServiceRunner

    /// Registers a client on a lawful basis for the caller's partner and purpose (recorded as a
    /// ``Consent`` with that basis), and flags possible duplicates. Needs ``Permission/registerClients``.
    ///
    /// ```swift
    /// let registration = try await services.clients.register(draft, basis: .publicTask, context: context)
    /// registration.possibleDuplicates   // pairs to decide on; never merged automatically
    /// ```
    public func register(_ draft: ClientDraft, basis: LawfulBasis, context: AccessContext) async throws -> ClientRegistration {
        try await runner.perform(context) { unit in
            let client = Client(
                id: unit.newID(), name: draft.name, birthDate: draft.birthDate, gender: draft.gender, bsn: draft.bsn,
                household: draft.household, address: draft.address, referralSource: draft.referralSource,
                problemAreas: draft.problemAreas, hasForensicTitle: draft.hasForensicTitle,
                externalIDs: draft.externalIDs, registeredAt: unit.now
            )
            let record = RecordReference(kind: .client, id: client.id.rawValue)
            try unit.require(.registerClients, for: record)
            guard !client.name.familyName.isBlank else { throw BuurtkrachtError.missingField("name.familyName", in: .client) }
            if let household = draft.household, try unit.transaction.households.household(household) == nil {
                throw BuurtkrachtError.notFound(.household, id: household.rawValue)
            }
            try unit.transaction.clients.insert(client)
            try unit.transaction.consents.insert(
                Consent(
                    id: unit.newID(), client: client.id, partner: context.partner, purpose: context.purpose,
                    basis: basis, validFrom: unit.now, recordedBy: context.professional
                )
            )
            try unit.audit(.create, record: record, subject: client.id, basis: AccessBasis(basis))
            let duplicates = try DuplicateFinder.flag(client, in: unit.transaction, ids: unit.environment.ids, at: unit.now)
            return ClientRegistration(client: client, possibleDuplicates: duplicates)
        }
    }

    /// The client's record. Needs access to the client (audited as a read).
    public func client(_ id: Client.ID, context: AccessContext) async throws -> Client {
        try await runner.perform(context) { unit in try unit.client(id, for: .read) }
    }

    /// Replaces a client's details; the status, merge link and registration time stay as they
    /// are (merges go through ``DuplicateService``). Needs access to the client.
    public func update(_ client: Client, context: AccessContext) async throws -> Client {
        try await runner.perform(context) { unit in
            let stored = try unit.client(client.id, for: .update)
            guard !client.name.familyName.isBlank else { throw BuurtkrachtError.missingField("name.familyName", in: .client) }
            var updated = client
            updated.status = stored.status
            updated.mergedInto = stored.mergedInto
            updated.registeredAt = stored.registeredAt
            try unit.transaction.clients.update(updated)
            return updated
        }
    }

    /// The clients with an identifier in another system, or with a BSN, that the caller may see.
    /// Needs ``Permission/registerClients``; clients the caller may not see are left out, and
    /// each of those denials is audited.
    public func find(_ lookup: ClientLookup, context: AccessContext) async throws -> [Client] {
        let found = try await runner.perform(context) { unit in
            try unit.require(.registerClients, for: RecordReference(kind: .client, id: "*"))
            return try unit.transaction.clients.clients(matching: lookup.query)
        }
        var visible: [Client] = []
        for client in found {
            do {
                visible.append(try await runner.perform(context) { unit in
                    try unit.requireAccess(to: client, for: .read)
                    return client
                })
            } catch BuurtkrachtError.Code.accessDenied {
                continue
            }
        }
        return visible
    }

    /// Registers a household at an address with its members, and links the members to it.
    /// Needs ``Permission/registerClients`` and access to every member.
    public func registerHousehold(address: Address?, members: [Client.ID], context: AccessContext) async throws -> Household {
        try await runner.perform(context) { unit in
            let household = Household(id: unit.newID(), address: address, registeredAt: unit.now)
            let record = RecordReference(kind: .household, id: household.id.rawValue)
            try unit.require(.registerClients, for: record)
            try unit.transaction.households.insert(household)
            for member in members {
                var client = try unit.client(member, for: .update)
                client.household = household.id
                try unit.transaction.clients.update(client)
            }
            try unit.audit(.create, record: record, subject: nil, basis: .role)
            return household
        }
    }

    /// The household and its members. Needs access to every member.
    public func household(_ id: Household.ID, context: AccessContext) async throws -> HouseholdMembers {
        try await runner.perform(context) { unit in
            guard let household = try unit.transaction.households.household(id) else {
                throw BuurtkrachtError.notFound(.household, id: id.rawValue)
            }
            let members = try unit.transaction.clients.clients(matching: ClientQuery(household: id))
            for member in members {
                try unit.requireAccess(to: member, for: .read, record: RecordReference(kind: .household, id: id.rawValue))
            }
            return HouseholdMembers(household: household, members: members)
        }
    }
}

/// How to look a client up: by BSN or by an identifier in another system.
public enum ClientLookup: Hashable, Sendable {
    /// By BSN.
    case bsn(BSN)
    /// By an identifier in another system.
    case externalID(ExternalID)

    var query: ClientQuery {
        switch self {
        case .bsn(let bsn): ClientQuery(bsn: bsn)
        case .externalID(let id): ClientQuery(externalID: id)
        }
    }
}

/// A household with its members.
public struct HouseholdMembers: Hashable, Sendable, Codable {
    /// The household.
    public var household: Household
    /// Its members.
    public var members: [Client]

    /// Creates the pair.
    public init(household: Household, members: [Client]) {
        self.household = household
        self.members = members
    }
}
