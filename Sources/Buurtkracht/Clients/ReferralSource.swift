/// Who referred a client for support (*aanmelder*).
public enum ReferralSource: String, Hashable, Sendable, Codable, CaseIterable {
    /// The police, often the neighbourhood officer (*wijkagent*).
    case police
    /// Social work (*maatschappelijk werk*).
    case socialWork
    /// A general practitioner (*huisarts*).
    case generalPractitioner
    /// A housing corporation (*woningcorporatie*).
    case housingCorporation
    /// Mental-health care (*GGZ*).
    case mentalHealthCare
    /// The justice system (probation, detention).
    case justice
    /// A neighbour or acquaintance.
    case neighbour
    /// An outreach worker or expert-by-experience.
    case outreachWorker
    /// The resident themselves (*zelfmelder*).
    case selfReferral
    /// Anyone else.
    case other
}
