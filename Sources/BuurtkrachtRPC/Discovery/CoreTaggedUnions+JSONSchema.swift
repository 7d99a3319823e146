public import Buurtkracht

// The core's `kind`-tagged enums: one example per case, from which the `oneOf` is derived by
// encoding. `TaggedUnionSchemaTests` checks that every example round-trips.

extension SignalSubject: JSONTaggedUnionSchema {
    /// One subject of every kind.
    public static var schemaVariants: [SignalSubject] {
        [.client("client-id"), .household("household-id"), .address(Address(street: "", houseNumber: "", city: "")), .anonymised]
    }
}

extension PlanSubject: JSONTaggedUnionSchema {
    /// A client and a household.
    public static var schemaVariants: [PlanSubject] { [.client("client-id"), .household("household-id")] }
}

extension ActionOwner: JSONTaggedUnionSchema {
    /// One owner of every kind.
    public static var schemaVariants: [ActionOwner] {
        [.client, .professional("professional-id"), .volunteer("volunteer-id"), .networkMember("tie-id")]
    }
}

extension Tie.Counterpart: JSONTaggedUnionSchema {
    /// One counterpart of every kind.
    public static var schemaVariants: [Tie.Counterpart] {
        [.person(name: "", relation: .family), .volunteer("volunteer-id", relation: .buddy), .professional("professional-id"), .partner("partner-id")]
    }
}

extension Referral.Target: JSONTaggedUnionSchema {
    /// A partner and a group.
    public static var schemaVariants: [Referral.Target] { [.partner("partner-id"), .group("group-id")] }
}
