/// The theme of a self-help group.
public enum GroupTheme: String, Hashable, Sendable, Codable, CaseIterable {
    /// Addiction (*verslaving*).
    case addiction
    /// Homelessness (*dakloosheid*).
    case homelessness
    /// Debts (*schulden*).
    case debts
    /// Mental health (*psychische gezondheid*).
    case mentalHealth
    /// Loneliness (*eenzaamheid*).
    case loneliness
    /// Grief (*rouw*).
    case grief
    /// Another theme.
    case other
}
