import Buurtkracht

/// Signals in the `signal` table, every field in a column of its own — no JSON — so that a
/// million of them are written and read at the speed of plain rows. Contact attempts, the
/// one list, are one compact column (see ``ContactAttemptsColumn``).
enum SignalTable: TableMapping {
    static let sql = TableSQL(
        table: "signal",
        columns: ["id"] + SubjectColumns.namesWithAddress + ["neighbourhood"] + AddressColumns.names()
            + [
                "address_key", "reporter_kind", "reporter_organisation", "reporter_partner_id", "reporter_professional_id",
                "category", "severity", "observed_at", "reported_at", "summary",
                "arrears_cents", "arrears_months", "arrears_threat",
                "status", "status_changed_at", "contact_deadline", "assignee_id", "merged_into",
                "closure_outcome", "closure_summary", "closed_at", "closed_by", "contact_attempts",
            ]
    )
    static let kind = RecordKind.signal

    /// Report time, then identifier: the order of ``Buurtkracht/SignalQuery/precedes(_:_:)``.
    static let order = "reported_at, id"

    static func key(of signal: Signal) -> String { signal.id.rawValue }

    static func bind(_ signal: Signal, to binder: inout ParameterBinder, in transaction: SQLiteTransaction) {
        binder.bind(signal.id)
        SubjectColumns.bind(signal.subject, to: &binder)
        binder.bind(signal.neighbourhood)
        AddressColumns.bind(signal.address, to: &binder)
        binder.bind(signal.address?.key.rawValue)
        binder.bind(signal.reporter.kind)
        binder.bind(signal.reporter.organisation)
        binder.bind(signal.reporter.partner)
        binder.bind(signal.reporter.professional)
        binder.bind(signal.category)
        binder.bind(Int64(signal.severity.rawValue))
        binder.bind(signal.observedAt)
        binder.bind(signal.reportedAt)
        binder.bind(signal.summary)
        binder.bind(signal.arrears.map { Int64($0.amountInCents) })
        binder.bind(signal.arrears?.monthsInArrears)
        binder.bind(signal.arrears?.threat)
        binder.bind(signal.status)
        binder.bind(signal.statusChangedAt)
        binder.bind(signal.contactDeadline)
        binder.bind(signal.assignee)
        binder.bind(signal.mergedInto)
        binder.bind(signal.closure?.outcome)
        binder.bind(signal.closure?.summary)
        binder.bind(signal.closure?.closedAt)
        binder.bind(signal.closure?.closedBy)
        binder.bind(ContactAttemptsColumn.encode(signal.contactAttempts))
    }

    static func read(_ reader: inout ColumnReader, in transaction: SQLiteTransaction) throws -> Signal {
        let id = Signal.ID(try reader.key())
        let subject = try SubjectColumns.readSignalSubject(&reader)
        let neighbourhood = try reader.validated { try NeighbourhoodCode($0) }
        let address = try AddressColumns.read(&reader)
        reader.skip()  // address_key, derived from the address
        let reporter = Reporter(
            kind: try reader.value(),
            organisation: try reader.optionalText(),
            partner: try reader.optionalID(),
            professional: try reader.optionalID()
        )
        let category: SignalCategory = try reader.value()
        guard let severity = Severity(rawValue: try reader.int()) else { throw reader.corrupt() }
        let observedAt = try reader.date()
        let reportedAt = try reader.date()
        let summary = try reader.optionalText()
        let arrears = try readArrears(&reader)
        let status: Signal.Status = try reader.value()
        let statusChangedAt = try reader.date()
        let contactDeadline = try reader.optionalDate()
        let assignee: Professional.ID? = try reader.optionalID()
        let mergedInto: Signal.ID? = try reader.optionalID()
        let closure = try readClosure(&reader)
        guard let attempts = ContactAttemptsColumn.decode(try reader.optionalData()) else { throw reader.corrupt() }

        var signal = Signal(
            id: id, subject: subject, neighbourhood: neighbourhood, address: address, reporter: reporter,
            category: category, severity: severity, observedAt: observedAt, reportedAt: reportedAt,
            summary: summary, arrears: arrears, contactDeadline: contactDeadline
        )
        signal.assignee = assignee
        return Signal(
            restoring: signal, status: status, statusChangedAt: statusChangedAt,
            contactAttempts: attempts, mergedInto: mergedInto, closure: closure
        )
    }

    private static func readArrears(_ reader: inout ColumnReader) throws(BuurtkrachtError) -> Arrears? {
        guard let cents = try reader.optionalInt() else {
            reader.skip()
            reader.skip()
            return nil
        }
        return Arrears(amountInCents: cents, monthsInArrears: try reader.optionalInt(), threat: try reader.value())
    }

    private static func readClosure(_ reader: inout ColumnReader) throws(BuurtkrachtError) -> SignalClosure? {
        guard let outcome: Signal.Status = try reader.optionalValue() else {
            for _ in 0..<3 { reader.skip() }
            return nil
        }
        return SignalClosure(
            outcome: outcome, summary: try reader.optionalText(), closedAt: try reader.date(), closedBy: try reader.optionalID()
        )
    }
}
