import Buurtkracht
import BuurtkrachtImport
import BuurtkrachtTestSupport
import BuurtkrachtTesting
import Foundation

/// A temporary folder, removed when the value goes away.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("import-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func read(_ name: String) -> String {
        (try? String(contentsOfFile: path(name), encoding: .utf8)) ?? ""
    }
}

/// A neighbourhood in memory (or on any store), a scratch folder, and shortcuts to import files.
struct ImportHarness {
    let town: TestNeighbourhood
    let folder: ScratchFolder

    static func make(storage: any Storage = InMemoryStorage()) async throws -> ImportHarness {
        ImportHarness(town: try await TestNeighbourhood.make(storage: storage), folder: try ScratchFolder())
    }

    var importer: Importer { Importer(services: town.services) }

    /// The small client mapping most tests use (columns of `ImportHarness.header`).
    static let mapping = ImportMapping(
        sourceSystem: "Suite4Sociaal", recordID: "Dossiernummer",
        client: [
            "familyName": FieldMapping(column: "Achternaam", type: .text),
            "givenNames": FieldMapping(column: "Voornamen", type: .text),
            "bsn": FieldMapping(column: "BSN", type: .bsn),
            "birthDate": FieldMapping(column: "Geboortedatum", type: .date, formats: ["dd-MM-yyyy", "d-M-yy"]),
            "postcode": FieldMapping(column: "Postcode", type: .postcode),
            "neighbourhood": FieldMapping(column: "Buurtcode", type: .neighbourhoodCode),
            "referralSource": FieldMapping(column: "Aanmelder", type: .code, values: ["Politie": "police", "Huisarts": "generalPractitioner"]),
        ])

    static let header = "Dossiernummer;BSN;Voornamen;Achternaam;Geboortedatum;Postcode;Buurtcode;Aanmelder"

    /// A CSV file of `rows` under the standard header.
    func csv(_ rows: [String], name: String = "export.csv") throws -> String {
        try folder.write(name, ([Self.header] + rows).joined(separator: "\r\n") + "\r\n")
    }

    func run(
        _ file: String, mapping: ImportMapping = ImportHarness.mapping, configure: (inout ImportRequest) -> Void = { _ in }
    ) async throws -> ImportReport {
        var request = ImportRequest(file: file, mapping: mapping)
        request.rejectsPath = folder.path("rejects.csv")
        configure(&request)
        town.clock.advance(by: .seconds(60))
        return try await importer.run(request, context: town.dataOfficer)
    }

    /// Imports one row under the standard header and returns the report.
    func importRow(_ row: String, mapping: ImportMapping = ImportHarness.mapping) async throws -> ImportReport {
        try await run(try csv([row]), mapping: mapping)
    }

    func clients() async throws -> [Client] {
        try await town.services.storage.read { try $0.clients.clients(matching: ClientQuery()) }
    }

    func client(legacyID: String, system: String = "Suite4Sociaal") async throws -> Client? {
        try await town.services.storage.read {
            try $0.clients.clients(matching: ClientQuery(externalID: ExternalID(system: system, value: legacyID))).first
        }
    }

    func provenance(_ query: ProvenanceQuery = ProvenanceQuery()) async throws -> [ImportProvenance] {
        try await town.services.storage.read { try $0.imports.provenance(matching: query) }
    }
}

extension ImportReport {
    /// The error codes, sorted.
    var errorCodes: [String] { errors.map(\.code.rawValue) }
    /// The warning codes, sorted.
    var warningCodes: [String] { warnings.map(\.code.rawValue) }
    /// Every message of the report, to check that none holds a value.
    var allMessages: String { (errors + warnings).map(\.message).joined(separator: "\n") + (message ?? "") }
}

extension BuiltProducts {
    /// Generates a sample export with `legacy-export-generator` and returns its summary.
    static func generate(rows: Int, seed: UInt64, to path: String, extra: [String] = []) throws -> GeneratedSummary {
        let result = try run("legacy-export-generator", ["--rows", String(rows), "--seed", String(seed), "--out", path] + extra)
        guard result.status == 0, let line = result.stderr.split(separator: "\n").last else {
            throw NotFound(name: "legacy-export-generator output", searched: [result.stderr])
        }
        return try JSONDecoder().decode(GeneratedSummary.self, from: Data(line.utf8))
    }

    /// The generator's mapping, from the package's `Samples` folder.
    static var sampleMapping: ImportMapping {
        get throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
            return try ImportMapping.load(from: root.appendingPathComponent("Samples/LegacyExportGenerator/mapping.json").path)
        }
    }
}

/// What the generator says it wrote.
struct GeneratedSummary: Decodable {
    let rows: Int
    let expectedImported: Int
    let expectedRejected: Int
    let mess: [String: Int]
}
