/// What kind of concern a signal raises.
public enum SignalCategory: String, Hashable, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    /// Social isolation: curtains closed for days, a neighbour who stopped coming out.
    case socialIsolation
    /// Payment arrears: rent, energy, water, health insurance (*vroegsignalering*).
    case paymentArrears
    /// Nuisance or confused behaviour (*overlast*, *verward gedrag*).
    case nuisance
    /// Hoarding or fire risk at the address.
    case hoardingOrFireRisk
    /// Safety: of the resident or of others.
    case safety
    /// Anything else.
    case other
}
