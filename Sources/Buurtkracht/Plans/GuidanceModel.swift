/// The model that derives a guidance style from readiness — a named, explicit choice.
///
/// | readiness            | Hersey–Blanchard (default) | SLII        |
/// |----------------------|----------------------------|-------------|
/// | unable & unwilling   | telling                    | coaching    |
/// | unable & willing     | coaching                   | telling     |
/// | able & unwilling     | supporting                 | supporting  |
/// | able & willing       | delegating                 | delegating  |
///
/// Blanchard's later SLII maps low competence with high commitment to directing, so the two
/// models disagree on the first two rows. A plan records which model it uses.
public enum GuidanceModel: String, Hashable, Sendable, Codable, CaseIterable {
    /// Hersey & Blanchard's Situational Leadership (the default).
    case herseyBlanchard
    /// Blanchard's Situational Leadership II.
    case situationalLeadershipII

    /// The style this model prescribes for `readiness`.
    public func style(for readiness: Readiness) -> GuidanceStyle {
        switch (readiness.competence, readiness.motivation, self) {
        case (.unable, .unwilling, .herseyBlanchard): .telling
        case (.unable, .unwilling, .situationalLeadershipII): .coaching
        case (.unable, .willing, .herseyBlanchard): .coaching
        case (.unable, .willing, .situationalLeadershipII): .telling
        case (.able, .unwilling, _): .supporting
        case (.able, .willing, _): .delegating
        }
    }
}
