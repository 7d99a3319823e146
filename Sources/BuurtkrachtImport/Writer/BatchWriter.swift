import Buurtkracht
import BuurtkrachtJSON
import Foundation

/// The writing stage: applies a batch of validated rows inside one unit of work.
///
/// For each batch it first looks up, in a few set-based queries, every existing record the rows
/// may concern (clients by legacy id, BSN, and birth date with postcode; households, signals and
/// plans by their provenance), then decides row by row — create, update, unchanged or reject —
/// keeping what earlier rows of the batch did in memory, and writes.
///
/// In the fast path new clients and all provenance are written in bulk at the end of the batch;
/// when that fails the caller rolls the unit back and calls again with `rowByRow`, in which
/// each row's writes are done at once and undone if one of them fails, so that a row is written
/// completely or not at all.
final class BatchWriter {
    let settings: WriterSettings
    let unit: UnitOfWork
    let rowByRow: Bool
    private var tx: any StorageTransaction { unit.transaction }

    // What the batch knows: the store's records as looked up, and what earlier rows did.
    private var clients: [Client.ID: Client] = [:]
    private var clientByLegacyID: [String: Client.ID] = [:]
    private var clientsByBSN: [String: [Client.ID]] = [:]
    private var clientsByBirthAndPostcode: [String: [Client.ID]] = [:]
    private var householdRecords: [String: Set<String>] = [:]
    private var signalRecords: [String: Set<String>] = [:]
    private var planRecords: [String: Set<String>] = [:]
    private var groups: [SelfHelpGroup.ID: SelfHelpGroup?] = [:]
    private var professionals: [Professional.ID: Bool] = [:]

    // Deferred writes of the fast path.
    private var pendingClients: [Client] = []
    private var pendingProvenance: [ImportProvenance] = []

    // The current row.
    private var undo: [Undo] = []
    private var rowProvenance: [ImportProvenance] = []
    private var rowWarnings: [ImportDiagnostic] = []
    private var rowCounts: [String: RecordCounts] = [:]
    private var batchOutcome = BatchOutcome()

    private let encoder = JSONCEncoder()
    private static let live: Set<Client.Status> = [.active, .inactive]

    init(settings: WriterSettings, unit: UnitOfWork, rowByRow: Bool) {
        self.settings = settings
        self.unit = unit
        self.rowByRow = rowByRow
    }

    /// Applies `rows` and returns what happened to each.
    func apply(_ rows: [ValidatedRow]) throws -> BatchOutcome {
        try lookUp(rows)
        for row in rows {
            undo.removeAll(keepingCapacity: true)
            rowProvenance.removeAll(keepingCapacity: true)
            rowWarnings.removeAll(keepingCapacity: true)
            rowCounts.removeAll(keepingCapacity: true)
            let pendingMark = pendingClients.count
            let outcome: RowOutcome
            do {
                outcome = try write(row)
                if rowByRow, !rowProvenance.isEmpty {
                    try tx.imports.record(rowProvenance)
                } else {
                    pendingProvenance.append(contentsOf: rowProvenance)
                }
            } catch let rejection as RejectedRow {
                try compensate(pendingMark: pendingMark)
                batchOutcome.outcomes.append(.rejected(rejection.diagnostics))
                continue
            } catch let error where Self.isRowLevel(error) {
                try compensate(pendingMark: pendingMark)
                let diagnostic = ImportDiagnostic(
                    code: .writeFailed,
                    message: "The store refused the row's change: \(Self.describe(error))",
                    row: row.row)
                batchOutcome.outcomes.append(.rejected([diagnostic]))
                continue
            }
            batchOutcome.outcomes.append(outcome)
            batchOutcome.warnings.append(contentsOf: row.warnings + rowWarnings)
            for (kind, counts) in rowCounts { batchOutcome.records[kind, default: RecordCounts()] += counts }
        }
        if !rowByRow {
            do {
                // Not atomically: a failure here rolls the whole unit back (RetryRowByRow).
                if !pendingClients.isEmpty { try tx.clients.insert(contentsOf: pendingClients, atomically: false) }
                if !pendingProvenance.isEmpty { try tx.imports.record(pendingProvenance) }
            } catch let error where Self.isRowLevel(error) {
                throw RetryRowByRow()
            }
        }
        return batchOutcome
    }

    // MARK: Look-ups

    private func lookUp(_ rows: [ValidatedRow]) throws {
        let system = settings.sourceSystem
        var queries: [ClientQuery] = []
        var references = Set<String>()
        var households = Set<String>(), signals = Set<String>(), plans = Set<String>()
        for row in rows {
            if let client = row.client {
                queries.append(ClientQuery(externalID: ExternalID(system: system, value: row.legacyID)))
                if let bsn = client.bsn { queries.append(ClientQuery(bsn: bsn, statuses: Self.live)) }
                if let birthDate = client.birthDate, let postcode = client.address?.postcode {
                    queries.append(ClientQuery(birthDate: birthDate, postcode: postcode, statuses: Self.live))
                }
            }
            for reference in [row.signal?.clientReference, row.plan?.clientReference, row.membership?.clientReference] {
                if let reference, references.insert(reference).inserted {
                    queries.append(ClientQuery(externalID: ExternalID(system: system, value: reference)))
                }
            }
            if let household = row.householdID { households.insert(household) }
            if let signal = row.signal { signals.insert(signal.legacyID) }
            if let plan = row.plan { plans.insert(plan.legacyID) }
        }
        if !queries.isEmpty {
            for client in try tx.clients.clients(matchingAny: queries) { remember(client) }
        }
        householdRecords = try provenance(.household, households)
        signalRecords = try provenance(.signal, signals)
        planRecords = try provenance(.plan, plans)
    }

    private func provenance(_ kind: RecordKind, _ legacyIDs: Set<String>) throws -> [String: Set<String>] {
        guard !legacyIDs.isEmpty else { return [:] }
        let query = ProvenanceQuery(sourceSystem: settings.sourceSystem, kind: kind, legacyIDs: legacyIDs)
        var found: [String: Set<String>] = [:]
        // Stores that do not know the set filter return more; `matches` keeps the right ones.
        for item in try tx.imports.provenance(matching: query) where query.matches(item) {
            found[item.legacyID, default: []].insert(item.record.id)
        }
        return found
    }

    /// Adds a client to what the batch knows, under every key the rows look it up by.
    private func remember(_ client: Client) {
        let previous = clients.updateValue(client, forKey: client.id)
        if let legacyID = client.externalIDs[settings.sourceSystem] { clientByLegacyID[legacyID] = client.id }
        guard Self.live.contains(client.status) else { return }
        if let bsn = client.bsn, previous?.bsn != bsn { clientsByBSN[bsn.digits, default: []].append(client.id) }
        if let key = Self.birthKey(client), previous.flatMap(Self.birthKey) != key {
            clientsByBirthAndPostcode[key, default: []].append(client.id)
        }
    }

    private static func birthKey(_ client: Client) -> String? {
        guard let date = client.birthDate, let postcode = client.address?.postcode else { return nil }
        return "\(date.daysSinceEpoch)|\(postcode.rawValue)"
    }

    // MARK: Rows

    private func write(_ row: ValidatedRow) throws -> RowOutcome {
        var changes: [RowOutcome] = []
        var client: Client?
        if let values = row.client {
            let (written, change) = try writeClient(values, row: row)
            client = written
            changes.append(change)
        }
        if let values = row.signal { changes.append(try writeSignal(values, row: row, client: client)) }
        if let values = row.plan { changes.append(try writePlan(values, row: row, client: client)) }
        if let values = row.membership { changes.append(try writeMembership(values, row: row, client: client)) }
        if changes.contains(.created) { return .created }
        if changes.contains(.updated) { return .updated }
        return .unchanged
    }

    private func reject(_ code: ImportDiagnostic.Code, _ message: String, row: ValidatedRow, column: String?) -> RejectedRow {
        RejectedRow(row: row.row, diagnostics: [ImportDiagnostic(code: code, message: message, row: row.row, column: column)])
    }

    func count(_ kind: RecordKind, _ change: RowOutcome) {
        switch change {
        case .created: rowCounts[kind.rawValue, default: RecordCounts()].created += 1
        case .updated: rowCounts[kind.rawValue, default: RecordCounts()].updated += 1
        case .unchanged: rowCounts[kind.rawValue, default: RecordCounts()].unchanged += 1
        case .rejected: break
        }
    }

    func provenance(_ kind: RecordKind, id: String, legacyID: String, row: ValidatedRow, previous: (some Encodable)?) throws {
        let data = try previous.map { Data(try encoder.encode($0)) }
        rowProvenance.append(
            ImportProvenance(
                run: settings.run, record: RecordReference(kind: kind, id: id), sourceSystem: settings.sourceSystem,
                legacyID: legacyID, fileName: settings.fileName, row: row.row, change: previous == nil ? .created : .updated,
                previousVersion: data))
    }

    private func moment(_ date: CalendarDate) -> Date { date.startOfDay(in: unit.environment.timeZone) }

    // MARK: Clients

    private func writeClient(_ values: ClientValues, row: ValidatedRow) throws -> (Client, RowOutcome) {
        let system = settings.sourceSystem
        var existing = clientByLegacyID[row.legacyID].flatMap { clients[$0] }
        let sameBSN = values.bsn.map { bsn in (clientsByBSN[bsn.digits] ?? []).filter { $0 != existing?.id && clients[$0] != nil } } ?? []
        if existing == nil, !sameBSN.isEmpty {
            let adoptable = sameBSN.compactMap { clients[$0] }.filter { $0.externalIDs[system] == nil }
            if adoptable.count > 1 {
                throw reject(
                    .ambiguousBSN,
                    "The BSN belongs to \(adoptable.count) existing clients (\(adoptable.map(\.id.rawValue).joined(separator: ", "))) that could be this person. Merge them in Buurtkracht first, then import again.",
                    row: row, column: settings.column("bsn"))
            }
            existing = adoptable.first
        }
        let household = try resolveHousehold(row, address: values.address)
        var target: Client
        if let existing {
            target = existing
        } else {
            guard settings.strategy != .update else {
                throw reject(.recordNotFound, "No client has this record id (or BSN) yet, and --strategy update only changes existing clients. Use --strategy upsert to create it.", row: row, column: settings.recordIDColumn)
            }
            let registered = values.registeredAt.map(moment) ?? unit.now
            target = Client(id: unit.newID(), name: PersonName(familyName: values.familyName), registeredAt: registered)
        }
        apply(values, household: household, to: &target)
        target.externalIDs[system] = row.legacyID
        if let existing {
            if existing == target {
                count(.client, .unchanged)
                return (target, .unchanged)
            }
            guard settings.strategy != .create else {
                throw reject(.recordExists, "A client with this record id exists with other values, and --strategy create never changes existing clients. Use --strategy upsert or update.", row: row, column: settings.recordIDColumn)
            }
            try tx.clients.update(target)
            undo.append(.restoreClient(existing))
            try provenance(.client, id: target.id.rawValue, legacyID: row.legacyID, row: row, previous: existing)
            remember(target)
            count(.client, .updated)
            return (target, .updated)
        }
        undo.append(.forgetClient(target.id, legacyID: row.legacyID))
        if rowByRow {
            try tx.clients.insert(target)
            undo.append(.deleteClient(target.id))
        } else {
            pendingClients.append(target)
        }
        try provenance(.client, id: target.id.rawValue, legacyID: row.legacyID, row: row, previous: nil as Client?)
        try flagDuplicates(of: target, sameBSN: sameBSN, row: row)
        remember(target)
        count(.client, .created)
        return (target, .created)
    }

    private func apply(_ values: ClientValues, household: Household.ID?, to client: inout Client) {
        let fields = settings.clientFields
        client.name.familyName = values.familyName
        if fields.contains(.givenNames) { client.name.givenNames = values.givenNames }
        if fields.contains(.prefix) { client.name.prefix = values.prefix }
        if fields.contains(.birthDate) { client.birthDate = values.birthDate }
        if fields.contains(.gender) { client.gender = values.gender }
        if fields.contains(.bsn) { client.bsn = values.bsn }
        if fields.contains(.address) { client.address = values.address }
        if fields.contains(.referralSource) { client.referralSource = values.referralSource }
        if fields.contains(.problemAreas) { client.problemAreas = values.problemAreas ?? [] }
        if fields.contains(.hasForensicTitle) { client.hasForensicTitle = values.hasForensicTitle ?? false }
        if fields.contains(.registeredAt), let date = values.registeredAt { client.registeredAt = moment(date) }
        if fields.contains(.status), let status = values.status { client.status = status }
        if fields.contains(.household) { client.household = household }
    }

    /// Flags existing clients with the same BSN, or the same name, birth date and postcode, as
    /// possible duplicates of a new client — for a person to decide, never merged.
    private func flagDuplicates(of client: Client, sameBSN: [Client.ID], row: ValidatedRow) throws {
        var found: [(Client.ID, PossibleDuplicate.Reason)] = sameBSN.map { ($0, .sameBSN) }
        if let key = Self.birthKey(client), let candidates = clientsByBirthAndPostcode[key] {
            let name = client.name.matchKey
            for other in candidates where !sameBSN.contains(other) && clients[other]?.name.matchKey == name {
                found.append((other, .sameNameBirthDateAndPostcode))
            }
        }
        for (other, reason) in found {
            let pair = PossibleDuplicate(id: unit.newID(), clients: client.id, other, reason: reason, detectedAt: unit.now)
            try tx.duplicates.insert(pair)
            undo.append(.deleteDuplicate(pair.id))
            try provenance(.duplicate, id: pair.id.rawValue, legacyID: row.legacyID, row: row, previous: nil as PossibleDuplicate?)
            let otherLegacyID = clients[other]?.externalIDs[settings.sourceSystem]
            let what = reason == .sameBSN ? "the same BSN" : "the same name, birth date and postcode"
            let who = otherLegacyID.map { "the client with record id \($0)" } ?? "client \(other.rawValue)"
            rowWarnings.append(
                ImportDiagnostic(
                    .warning, code: .possibleDuplicate,
                    message: "Imported, and \(who) has \(what): listed as a possible duplicate for a person to decide; nothing was merged.",
                    row: row.row))
        }
    }

    // MARK: Households

    private func resolveHousehold(_ row: ValidatedRow, address: Address?) throws -> Household.ID? {
        guard let legacyID = row.householdID else { return nil }
        let records = householdRecords[legacyID] ?? []
        guard records.count <= 1 else {
            throw reject(.ambiguousLegacyID, "The household id matches \(records.count) existing households. Undo the run that made the extra one, or correct the id.", row: row, column: settings.column("id", in: "household"))
        }
        if let id = records.first {
            count(.household, .unchanged)
            return Household.ID(id)
        }
        let household = Household(id: unit.newID(), address: address, registeredAt: unit.now)
        try tx.households.insert(household)
        undo.append(.deleteHousehold(household.id, legacyID: legacyID))
        householdRecords[legacyID] = [household.id.rawValue]
        try provenance(.household, id: household.id.rawValue, legacyID: legacyID, row: row, previous: nil as Household?)
        count(.household, .created)
        return household.id
    }

    // MARK: Undoing a row

    enum Undo {
        case deleteClient(Client.ID)
        case restoreClient(Client)
        case deleteHousehold(Household.ID, legacyID: String)
        case deleteSignal(Signal.ID, legacyID: String)
        case restoreSignal(Signal)
        case deletePlan(Plan.ID, legacyID: String)
        case restorePlan(Plan)
        case restoreGroup(SelfHelpGroup)
        case deleteDuplicate(PossibleDuplicate.ID)
        case forgetClient(Client.ID, legacyID: String)
    }

    func recordUndo(_ step: Undo) { undo.append(step) }

    /// Undoes the current row's writes, newest first, and forgets what it did.
    private func compensate(pendingMark: Int) throws {
        for step in undo.reversed() {
            switch step {
            case .deleteClient(let id): try tx.clients.delete(id)
            case .restoreClient(let client):
                try tx.clients.update(client)
                remember(client)
            case .deleteHousehold(let id, let legacyID):
                try tx.households.delete(id)
                householdRecords[legacyID] = nil
            case .deleteSignal(let id, let legacyID):
                try tx.signals.delete(id)
                signalRecords[legacyID] = nil
            case .restoreSignal(let signal): try tx.signals.update(signal)
            case .deletePlan(let id, let legacyID):
                try tx.plans.delete(id)
                planRecords[legacyID] = nil
            case .restorePlan(let plan): try tx.plans.update(plan)
            case .restoreGroup(let group):
                try tx.groups.update(group)
                groups[group.id] = group
            case .deleteDuplicate(let id): try tx.duplicates.delete(id)
            case .forgetClient(let id, let legacyID):
                clients[id] = nil
                clientByLegacyID[legacyID] = nil
            }
        }
        pendingClients.removeSubrange(pendingMark...)
    }

    static func isRowLevel(_ error: any Error) -> Bool {
        guard let error = error as? BuurtkrachtError else { return false }
        let rowLevel: Set<BuurtkrachtError.Code> = [
            .alreadyExists, .notFound, .invalidValue, .missingField, .conflict, .invalidBSN, .invalidPostcode,
            .invalidAreaCode, .invalidDate, .illegalTransition,
        ]
        return rowLevel.contains(error.code)
    }

    static func describe(_ error: any Error) -> String {
        (error as? BuurtkrachtError).map { "[\($0.code.rawValue)] \($0.message)" } ?? "an unexpected error"
    }

    // MARK: Shared with the other records

    func client(for reference: String?, own: Client?, row: ValidatedRow, field: String, section: String) throws -> Client {
        if let reference {
            guard let id = clientByLegacyID[reference], let client = clients[id] else {
                throw reject(
                    .unknownReference,
                    "No client has record id \(reference) in \(settings.sourceSystem). Import the clients first, or put the client's row before this one.",
                    row: row, column: settings.column(field, in: section))
            }
            return client
        }
        guard let own else {
            throw reject(.missingValue, "The \(section) has no client: map \(section).\(field), or import clients from the same rows.", row: row, column: nil)
        }
        return own
    }

    func existingRecord(_ kind: RecordKind, _ legacyID: String, row: ValidatedRow, column: String?) throws -> String? {
        let records = (kind == .signal ? signalRecords : planRecords)[legacyID] ?? []
        guard records.count <= 1 else {
            throw reject(.ambiguousLegacyID, "The record id matches \(records.count) existing \(kind.displayName)s. Undo the run that made the extra ones, or correct the id.", row: row, column: column)
        }
        return records.first
    }

    func noteCreated(_ kind: RecordKind, _ legacyID: String, id: String) {
        if kind == .signal { signalRecords[legacyID] = [id] } else { planRecords[legacyID] = [id] }
    }

    func group(_ id: SelfHelpGroup.ID) throws -> SelfHelpGroup? {
        if let cached = groups[id] { return cached }
        let group = try tx.groups.group(id)
        groups[id] = .some(group)
        return group
    }

    func setGroup(_ group: SelfHelpGroup) { groups[group.id] = .some(group) }

    func professionalExists(_ id: Professional.ID) throws -> Bool {
        if let known = professionals[id] { return known }
        let exists = try tx.directory.professional(id) != nil
        professionals[id] = exists
        return exists
    }

    func rejection(_ code: ImportDiagnostic.Code, _ message: String, row: ValidatedRow, column: String?) -> RejectedRow {
        reject(code, message, row: row, column: column)
    }

    var transaction: any StorageTransaction { tx }
    func at(_ date: CalendarDate) -> Date { moment(date) }
}
