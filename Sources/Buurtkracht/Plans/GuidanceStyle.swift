/// The style of guidance for one goal (*situationeel begeleiden*).
///
/// The style moves with the client's readiness, towards delegating — where letting go
/// (*loslaten*) begins.
public enum GuidanceStyle: String, Hashable, Sendable, Codable, CaseIterable {
    /// *Instrueren* — telling, directing.
    case telling
    /// *Overtuigen* — selling, coaching.
    case coaching
    /// *Overleggen* — participating, supporting.
    case supporting
    /// *Delegeren* — delegating.
    case delegating

    /// The Dutch name used in the method.
    public var dutchName: String {
        switch self {
        case .telling: "instrueren"
        case .coaching: "overtuigen"
        case .supporting: "overleggen"
        case .delegating: "delegeren"
        }
    }
}
