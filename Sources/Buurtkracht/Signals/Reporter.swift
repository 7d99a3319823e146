/// Who reported a signal: the kind of source and, where known, which organisation or partner.
///
/// Two signals come from *independent* sources when their ``sourceIdentity`` differs: the
/// police and a neighbour are two sources; the same housing corporation twice is one.
public struct Reporter: Hashable, Sendable, Codable {
    /// The kind of source.
    public var kind: SourceKind
    /// The reporting organisation, like a housing corporation's name.
    public var organisation: String?
    /// The partner organisation, when the reporter is a known partner.
    public var partner: Partner.ID?
    /// The professional who reported, when known.
    public var professional: Professional.ID?

    /// Creates a reporter.
    public init(
        kind: SourceKind,
        organisation: String? = nil,
        partner: Partner.ID? = nil,
        professional: Professional.ID? = nil
    ) {
        self.kind = kind
        self.organisation = organisation
        self.partner = partner
        self.professional = professional
    }

    /// A key that is equal for reports from the same source: the partner when known, else the
    /// kind with the organisation's folded name. Anonymous reporters of one kind count as one.
    public var sourceIdentity: String {
        if let partner { return "partner:" + partner.rawValue }
        return kind.rawValue + ":" + TextFolding.fold(organisation ?? "")
    }
}
