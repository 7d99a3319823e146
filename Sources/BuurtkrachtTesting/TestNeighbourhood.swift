public import Buurtkracht

/// A small neighbourhood for tests: a team, partners, a professional in every role, and the
/// services over a store — ready in one call.
///
/// ```swift
/// let world = try await TestNeighbourhood.make()
/// let client = try await world.registerClient(familyName: "Jansen")
/// let queue = try await world.services.signals.triageQueue(for: world.neighbourhood, context: world.teamMember)
/// ```
public struct TestNeighbourhood: Sendable {
    /// The services under test.
    public let services: Services
    /// The clock the services read.
    public let clock: TestClock
    /// The neighbourhood most things happen in: `BU19160101`.
    public let neighbourhood: NeighbourhoodCode
    /// Another neighbourhood in the same district: `BU19160102`.
    public let neighbourhoodNextDoor: NeighbourhoodCode
    /// A neighbourhood in another district of the same municipality: `BU19160301`.
    public let neighbourhoodAcrossTown: NeighbourhoodCode

    /// The neighbourhood team.
    public let team: Partner.ID
    /// The police.
    public let police: Partner.ID
    /// A housing corporation.
    public let housingCorporation: Partner.ID
    /// Debt assistance.
    public let debtAssistance: Partner.ID
    /// A welfare organisation that runs self-help groups and volunteers.
    public let welfare: Partner.ID

    /// The team's administrator.
    public let administrator: AccessContext
    /// A coordinator of the team, working for purpose guidance.
    public let coordinator: AccessContext
    /// A second coordinator of the team.
    public let otherCoordinator: AccessContext
    /// A team member, working for purpose signal triage.
    public let teamMember: AccessContext
    /// An outreach worker of the team.
    public let outreachWorker: AccessContext
    /// A police officer (partner professional), for purpose safety.
    public let policeOfficer: AccessContext
    /// A debt counsellor (partner professional), for purpose debt assistance.
    public let debtCounsellor: AccessContext
    /// A volunteer coordinator of the welfare organisation.
    public let volunteerCoordinator: AccessContext
    /// The team's auditor.
    public let auditor: AccessContext
    /// The team's data officer.
    public let dataOfficer: AccessContext

    /// Sets up the neighbourhood over `storage`, with the testing environment on `clock` unless
    /// an environment is given.
    public static func make(
        storage: any Storage = InMemoryStorage(),
        clock: TestClock = TestClock(),
        policies: Policies = Policies(),
        environment: ServiceEnvironment? = nil
    ) async throws -> TestNeighbourhood {
        let services = Services(storage: storage, environment: environment ?? .testing(clock: clock, policies: policies))
        let admin = try await services.directory.bootstrap(partnerName: "Sociaal Wijkteam Noord", administratorName: "Beheerder")
        let directory = services.directory
        func partner(_ name: String, _ kind: Partner.Kind) async throws -> Partner.ID {
            try await directory.registerPartner(name: name, kind: kind, context: admin).id
        }
        func professional(_ name: String, _ partner: Partner.ID, _ role: Role, _ purpose: Purpose) async throws -> AccessContext {
            let person = try await directory.registerProfessional(name: name, partner: partner, role: role, context: admin)
            return AccessContext(professional: person.id, partner: partner, role: role, purpose: purpose)
        }
        let team = admin.partner
        let police = try await partner("Politie Haaglanden", .police)
        let housing = try await partner("Woonstad", .housingCorporation)
        let debt = try await partner("Schuldhulp LV", .debtAssistance)
        let welfare = try await partner("Welzijn Noord", .welfare)
        return TestNeighbourhood(
            services: services,
            clock: clock,
            neighbourhood: try NeighbourhoodCode("BU19160101"),
            neighbourhoodNextDoor: try NeighbourhoodCode("BU19160102"),
            neighbourhoodAcrossTown: try NeighbourhoodCode("BU19160301"),
            team: team,
            police: police,
            housingCorporation: housing,
            debtAssistance: debt,
            welfare: welfare,
            administrator: admin,
            coordinator: try await professional("Coördinator", team, .coordinator, .guidance),
            otherCoordinator: try await professional("Tweede coördinator", team, .coordinator, .guidance),
            teamMember: try await professional("Wijkteamlid", team, .teamMember, .signalTriage),
            outreachWorker: try await professional("Outreach", team, .outreachWorker, .outreach),
            policeOfficer: try await professional("Wijkagent", police, .partnerProfessional, .safety),
            debtCounsellor: try await professional("Schuldhulpverlener", debt, .partnerProfessional, .debtAssistance),
            volunteerCoordinator: try await professional("Vrijwilligerscoördinator", welfare, .volunteerCoordinator, .guidance),
            auditor: try await professional("Auditor", team, .auditor, .audit),
            dataOfficer: try await professional("Functioneel beheerder", team, .dataOfficer, .dataImport)
        )
    }

    /// An address in `neighbourhood` (this neighbourhood by default).
    public func address(
        _ street: String = "Kerkstraat",
        _ number: String = "1",
        postcode: String = "2262AB",
        in neighbourhood: NeighbourhoodCode? = nil
    ) throws -> Address {
        Address(
            street: street, houseNumber: number, postcode: try Postcode(postcode), city: "Leidschendam",
            neighbourhood: neighbourhood ?? self.neighbourhood
        )
    }

    /// Registers a client on the public-task basis for `context` (the coordinator by default).
    public func registerClient(
        familyName: String,
        givenNames: String? = nil,
        birthDate: CalendarDate? = nil,
        bsn: BSN? = nil,
        address: Address? = nil,
        context: AccessContext? = nil
    ) async throws -> Client {
        let draft = ClientDraft(
            name: PersonName(givenNames: givenNames, familyName: familyName),
            birthDate: birthDate,
            bsn: bsn,
            address: try address ?? self.address()
        )
        return try await services.clients.register(draft, basis: .publicTask, context: context ?? coordinator).client
    }
}
