import Buurtkracht

/// Whom a record is about, in columns: a kind, a client id or a household id, and for signals
/// and visits about an address only, that address (see ``AddressColumns``).
///
/// The separate id columns let the stores index "signals about this client" and "plans for
/// this household" directly.
enum SubjectColumns {
    /// `subject_kind`, `client_id`, `household_id`.
    static let names = ["subject_kind", "client_id", "household_id"]
    /// ``names`` and the subject's address columns.
    static let namesWithAddress = names + AddressColumns.names(prefix: "subject_")

    /// Binds a signal's or visit's subject to ``namesWithAddress``.
    static func bind(_ subject: SignalSubject, to binder: inout ParameterBinder) {
        switch subject {
        case .client(let id): bindKind("client", client: id.rawValue, household: nil, to: &binder)
        case .household(let id): bindKind("household", client: nil, household: id.rawValue, to: &binder)
        case .address: bindKind("address", client: nil, household: nil, to: &binder)
        case .anonymised: bindKind("anonymised", client: nil, household: nil, to: &binder)
        }
        if case .address(let address) = subject {
            AddressColumns.bind(address, to: &binder)
        } else {
            AddressColumns.bind(nil, to: &binder)
        }
    }

    /// Reads a signal's or visit's subject from ``namesWithAddress``.
    static func readSignalSubject(_ reader: inout ColumnReader) throws(BuurtkrachtError) -> SignalSubject {
        let kind = try reader.text()
        let client = try reader.optionalText()
        let household = try reader.optionalText()
        let address = try AddressColumns.read(&reader)
        switch (kind, client, household, address) {
        case ("client", let id?, _, _): return .client(Client.ID(id))
        case ("household", _, let id?, _): return .household(Household.ID(id))
        case ("address", _, _, let address?): return .address(address)
        case ("anonymised", _, _, _): return .anonymised
        default: throw reader.corrupt(column: "subject_kind")
        }
    }

    /// Binds a plan's subject to ``names``.
    static func bind(_ subject: PlanSubject, to binder: inout ParameterBinder) {
        switch subject {
        case .client(let id): bindKind("client", client: id.rawValue, household: nil, to: &binder)
        case .household(let id): bindKind("household", client: nil, household: id.rawValue, to: &binder)
        }
    }

    /// Reads a plan's subject from ``names``.
    static func readPlanSubject(_ reader: inout ColumnReader) throws(BuurtkrachtError) -> PlanSubject {
        let kind = try reader.text()
        let client = try reader.optionalText()
        let household = try reader.optionalText()
        switch (kind, client, household) {
        case ("client", let id?, _): return .client(Client.ID(id))
        case ("household", _, let id?): return .household(Household.ID(id))
        default: throw reader.corrupt(column: "subject_kind")
        }
    }

    private static func bindKind(_ kind: String, client: String?, household: String?, to binder: inout ParameterBinder) {
        binder.bind(kind)
        binder.bind(client)
        binder.bind(household)
    }
}
