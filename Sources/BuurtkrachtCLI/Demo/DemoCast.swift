import Buurtkracht

/// The professionals of the demo, as access contexts.
///
/// A new store gets them through ``register(in:)``; a store the demo filled before gives them
/// back through ``find(in:)``, by the same names, so that a second run acts as the same people.
struct DemoCast: Sendable {
    var administrator: AccessContext
    var coordinator: AccessContext
    var otherCoordinator: AccessContext
    var teamMember: AccessContext
    var outreachWorker: AccessContext
    var policeOfficer: AccessContext
    var volunteerCoordinator: AccessContext
    var auditor: AccessContext

    /// The neighbourhood team, the first partner, and its administrator.
    static let team = "Sociaal Wijkteam Noord"
    static let administratorName = "Beheer Wijkteam"

    /// The other partners, in the order they are registered.
    static let partners: [(name: String, kind: Partner.Kind)] = [
        (police, .police),
        ("Woonstichting Vliet", .housingCorporation),
        ("Energie Noord", .other),
        ("Zorgverzekeraar Haaglanden", .other),
        ("Schuldhulp Leidschendam-Voorburg", .debtAssistance),
        (limor, .welfare),
        (welfare, .welfare),
    ]
    private static let police = "Politie, basisteam Leidschendam"
    private static let limor = "LIMOR"
    private static let welfare = "Zelfregiecentrum Noord"

    /// A professional of the cast: name, organisation, role and the purpose they act for.
    enum Member: CaseIterable {
        case coordinator, otherCoordinator, teamMember, outreachWorker, policeOfficer, volunteerCoordinator, auditor

        var name: String {
            switch self {
            case .coordinator: "Regisseur Noord"
            case .otherCoordinator: "Regisseur LIMOR"
            case .teamMember: "Wijkteamlid Noord"
            case .outreachWorker: "Vliegende Brigade"
            case .policeOfficer: "Wijkagent Noord"
            case .volunteerCoordinator: "Vrijwilligerscoördinator"
            case .auditor: "Privacy-officer"
            }
        }

        var partner: String {
            switch self {
            case .otherCoordinator: DemoCast.limor
            case .policeOfficer: DemoCast.police
            case .volunteerCoordinator: DemoCast.welfare
            default: DemoCast.team
            }
        }

        var role: Role {
            switch self {
            case .coordinator, .otherCoordinator: .coordinator
            case .teamMember: .teamMember
            case .outreachWorker: .outreachWorker
            case .policeOfficer: .partnerProfessional
            case .volunteerCoordinator: .volunteerCoordinator
            case .auditor: .auditor
            }
        }

        var purpose: Purpose {
            switch self {
            case .coordinator, .otherCoordinator, .volunteerCoordinator: .guidance
            case .teamMember: .signalTriage
            case .outreachWorker: .outreach
            case .policeOfficer: .safety
            case .auditor: .audit
            }
        }
    }

    /// Builds the cast in member order, asking `context` for each member.
    private init(administrator: AccessContext, context: (Member) async throws -> AccessContext) async throws {
        self.administrator = administrator
        coordinator = try await context(.coordinator)
        otherCoordinator = try await context(.otherCoordinator)
        teamMember = try await context(.teamMember)
        outreachWorker = try await context(.outreachWorker)
        policeOfficer = try await context(.policeOfficer)
        volunteerCoordinator = try await context(.volunteerCoordinator)
        auditor = try await context(.auditor)
    }

    /// Sets up the directory of an empty store: the team, the partners and the cast.
    static func register(in services: Services) async throws -> DemoCast {
        let directory = services.directory
        let admin = try await directory.bootstrap(partnerName: team, administratorName: administratorName)
        var partnerIDs = [team: admin.partner]
        for (name, kind) in partners {
            partnerIDs[name] = try await directory.registerPartner(name: name, kind: kind, context: admin).id
        }
        return try await DemoCast(administrator: admin) { member in
            let partner = partnerIDs[member.partner] ?? admin.partner
            let professional = try await directory.registerProfessional(
                name: member.name, partner: partner, role: member.role, context: admin
            )
            return AccessContext(professional: professional.id, partner: partner, role: member.role, purpose: member.purpose)
        }
    }

    /// The cast of a store the demo set up before, found by name; nil when one of them is missing.
    static func find(in directory: [Professional]) async -> DemoCast? {
        func context(_ name: String, _ role: Role, _ purpose: Purpose) -> AccessContext? {
            directory.first { $0.name == name && $0.role == role && $0.isActive }.map {
                AccessContext(professional: $0.id, partner: $0.partner, role: role, purpose: purpose)
            }
        }
        guard let admin = context(administratorName, .administrator, .audit) else { return nil }
        return try? await DemoCast(administrator: admin) { member in
            guard let found = context(member.name, member.role, member.purpose) else { throw MissingMember() }
            return found
        }
    }

    /// A member of the cast is not in the directory.
    private struct MissingMember: Error {}
}
