/// The lawful basis for processing a client's data (GDPR/AVG article 6).
public enum LawfulBasis: String, Hashable, Sendable, Codable, CaseIterable {
    /// The client consented.
    case consent
    /// A legal obligation, like early debt signalling (*vroegsignalering*).
    case legalObligation
    /// A task in the public interest, like the Wmo needs assessment.
    case publicTask
    /// The vital interest of the client or someone else.
    case vitalInterest
}
