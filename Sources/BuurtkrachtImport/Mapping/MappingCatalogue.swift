import Buurtkracht

/// The fields each section of an ``ImportMapping`` may fill, with their types and allowed values.
public enum MappingCatalogue {
    /// One field a section may fill.
    public struct Field: Sendable, Hashable {
        /// The field's name in the mapping.
        public var name: String
        /// The types it may be declared with.
        public var types: [FieldType]
        /// Whether the section must map it.
        public var isRequired: Bool
        /// The Buurtkracht values a code or list may take; nil for free values.
        public var allowedValues: [String]?
    }

    /// The fields of section `section` (`client`, `household`, `signal`, `plan`, `groupMembership`).
    public static func fields(of section: String) -> [Field] {
        switch section {
        case "client": client
        case "household": household
        case "signal": signal
        case "plan": plan
        case "groupMembership": groupMembership
        default: []
        }
    }

    private static func field(_ name: String, _ types: FieldType..., required: Bool = false, values: [String]? = nil) -> Field {
        Field(name: name, types: types, isRequired: required, allowedValues: values)
    }

    /// Client fields.
    public static let client: [Field] = [
        field("familyName", .text, required: true), field("givenNames", .text), field("prefix", .text),
        field("birthDate", .date), field("gender", .code, values: Gender.allCases.map(\.rawValue)), field("bsn", .bsn),
        field("street", .text), field("houseNumber", .text), field("houseNumberAddition", .text), field("postcode", .postcode),
        field("city", .text), field("neighbourhood", .neighbourhoodCode),
        field("referralSource", .code, values: ReferralSource.allCases.map(\.rawValue)),
        field("problemAreas", .list, values: LifeDomain.allCases.map(\.rawValue)), field("hasForensicTitle", .boolean),
        field("registeredAt", .date), field("status", .code, values: [Client.Status.active.rawValue, Client.Status.inactive.rawValue]),
    ]

    /// Household fields.
    public static let household: [Field] = [field("id", .text, required: true)]

    /// Signal fields.
    public static let signal: [Field] = [
        field("id", .text), field("client", .reference), field("category", .code, required: true, values: SignalCategory.allCases.map(\.rawValue)),
        field("source", .code, required: true, values: SourceKind.allCases.map(\.rawValue)), field("organisation", .text),
        field("severity", .code, values: ["low", "moderate", "high", "acute"]), field("observedAt", .date), field("reportedAt", .date),
        field("summary", .text), field("neighbourhood", .neighbourhoodCode),
    ]

    /// Plan fields.
    public static let plan: [Field] = [
        field("id", .text), field("client", .reference), field("coordinator", .code, required: true),
        field("startedAt", .date, required: true), field("neighbourhood", .neighbourhoodCode),
    ]

    /// Group membership fields.
    public static let groupMembership: [Field] = [
        field("client", .reference), field("group", .code, required: true), field("since", .date),
    ]
}
