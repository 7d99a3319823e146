/// A professional's role, which grants permissions for work that is not tied to one client.
///
/// Access to one client's data is decided separately, by consent, coordination or
/// break-the-glass (see ``AccessPolicy``).
public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
    /// A plan coordinator (*regisseur*) in the neighbourhood team.
    case coordinator
    /// A member of the neighbourhood team (*wijkteam*).
    case teamMember
    /// An outreach worker or expert-by-experience on the payroll.
    case outreachWorker
    /// A professional of a partner organisation (police, housing, care).
    case partnerProfessional
    /// Coordinates volunteers and self-help groups.
    case volunteerCoordinator
    /// Imports legacy records and handles subject-access and erasure requests.
    case dataOfficer
    /// Reviews the audit trail and break-the-glass access.
    case auditor
    /// Manages partners, professionals and access tokens.
    case administrator

    /// What the role may do.
    public var permissions: Set<Permission> {
        switch self {
        case .coordinator:
            [.registerClients, .triageSignals, .recordVisits, .makePlans, .manageNetworks, .matchVolunteers,
             .manageGroups, .recordConsent, .viewReports]
        case .teamMember:
            [.registerClients, .triageSignals, .recordVisits, .makePlans, .manageNetworks, .matchVolunteers,
             .recordConsent, .viewReports]
        case .outreachWorker:
            [.recordVisits, .manageNetworks]
        case .partnerProfessional:
            []
        case .volunteerCoordinator:
            [.matchVolunteers, .manageVolunteers, .manageGroups, .viewReports]
        case .dataOfficer:
            [.registerClients, .importRecords, .handleSubjectRequests, .viewReports]
        case .auditor:
            [.viewAuditTrail, .reviewBreakGlass, .viewReports]
        case .administrator:
            [.manageDirectory, .manageVolunteers, .viewReports]
        }
    }
}

/// Something a role may do that is not tied to one client's data.
public enum Permission: String, Hashable, Sendable, Codable, CaseIterable {
    /// Register clients and households.
    case registerClients
    /// Read the triage queue and move signals through their workflow.
    case triageSignals
    /// Record outreach and home visits.
    case recordVisits
    /// Start plans and become their coordinator.
    case makePlans
    /// Record ties in a client's network.
    case manageNetworks
    /// Match volunteers and buddies to clients.
    case matchVolunteers
    /// Register and change volunteers.
    case manageVolunteers
    /// Create self-help groups, enrol clients and record attendance.
    case manageGroups
    /// Record consents.
    case recordConsent
    /// Read neighbourhood reports (aggregates only).
    case viewReports
    /// Read the audit trail.
    case viewAuditTrail
    /// Review break-the-glass access.
    case reviewBreakGlass
    /// Import legacy records.
    case importRecords
    /// Handle subject-access (*inzage*) and erasure requests.
    case handleSubjectRequests
    /// Manage partners, professionals and access tokens.
    case manageDirectory
}
