import Buurtkracht
import BuurtkrachtSQLite
import BuurtkrachtTestSupport
import Foundation
import Testing

/// The examples of README.md and the DocC article "Getting started", verbatim
/// (`CodeBlockCoverageTests` checks that they are here), run against real stores.
@Suite struct GettingStartedExamples {
    @Test func servicesBootstrapAProfessionalAndRegisterAClient() async throws {
        let services = Services(storage: InMemoryStorage())
        let admin = try await services.directory.bootstrap(
            partnerName: "Sociaal Wijkteam Noord", administratorName: "Beheer"
        )

        let professional = try await services.directory.registerProfessional(
            name: "Regisseur Noord", partner: admin.partner, role: .coordinator, context: admin
        )
        let coordinator = AccessContext(
            professional: professional.id, partner: admin.partner, role: .coordinator, purpose: .guidance
        )

        let neighbourhood = try NeighbourhoodCode("BU19160101")
        let address = Address(
            street: "Molenlaan", houseNumber: "4", postcode: try Postcode("2262AA"),
            city: "Leidschendam", neighbourhood: neighbourhood
        )
        let registration = try await services.clients.register(
            ClientDraft(name: PersonName(givenNames: "Kees", familyName: "Jansen"), address: address),
            basis: .publicTask, context: coordinator
        )
        let client = registration.client

        #expect(admin.role == .administrator)
        #expect(registration.possibleDuplicates.isEmpty)
        let read = try await services.clients.client(client.id, context: coordinator)
        #expect(read.name.familyName == "Jansen")
        #expect(read.address?.neighbourhood?.rawValue == "BU19160101")
    }

    @Test func theSQLiteStoreKeepsWhatTheServicesWroteAcrossReopening() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let databasePath = folder.appendingPathComponent("buurtkracht.sqlite").path

        let storage = try SQLiteStorage(path: databasePath)
        let services = Services(storage: storage)

        let admin = try await services.directory.bootstrap(partnerName: "Sociaal Wijkteam Noord", administratorName: "Beheer")
        let reopened = Services(storage: try SQLiteStorage(path: databasePath))
        #expect(try await reopened.directory.partners(context: admin).map(\.name) == ["Sociaal Wijkteam Noord"])
    }

    @Test func anInvalidNeighbourhoodCodeThrowsTheDocumentedError() {
        do {
            _ = try NeighbourhoodCode("0363")
        } catch {
            print(error.code, error.message)
        }

        let error = #expect(throws: BuurtkrachtError.self) { try NeighbourhoodCode("0363") }
        #expect(
            error.map { "\($0.code) \($0.message)" }
                == "invalidAreaCode A CBS neighbourhood code is 'BU' followed by 8 digits, like BU00000000; write it as text so that leading zeros are kept."
        )
    }
}
