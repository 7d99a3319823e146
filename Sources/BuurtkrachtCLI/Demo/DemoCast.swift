import Buurtkracht

/// The professionals of the demo, as access contexts.
struct DemoCast: Sendable {
    var administrator: AccessContext
    var coordinator: AccessContext
    var otherCoordinator: AccessContext
    var teamMember: AccessContext
    var outreachWorker: AccessContext
    var policeOfficer: AccessContext
    var volunteerCoordinator: AccessContext
    var auditor: AccessContext
    var partners: [String: Partner.ID]
}
