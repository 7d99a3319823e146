import ArgumentParser
import Buurtkracht
import BuurtkrachtImport
import Foundation

/// `buurtkracht import FILE --mapping MAPPING`: the import itself.
struct ImportFileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "file",
        abstract: "Import a legacy file (the default subcommand: `buurtkracht import FILE …`).",
        discussion: """
            Exit status: 0 when every row was imported, 3 when some rows were rejected (see --rejects), \
            1 when nothing was written (--atomic all with a rejected row, or an error).
            """
    )

    @Argument(help: ArgumentHelp("The legacy export: CSV (any delimiter, UTF-8 or Windows-1252) or JSON lines (.jsonl).", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The mapping file (JSON).", valueName: "mapping"))
    var mapping: String?

    @Flag(help: "Print a proposed mapping for FILE as JSON on stdout, and import nothing.")
    var inferMapping = false

    @Flag(help: "Run the whole import and report, then roll everything back.")
    var dryRun = false

    @Option(
        help: ArgumentHelp("create: only new records; update: only existing ones; upsert: both.", valueName: "create|update|upsert"),
        transform: { text in
            guard let value = ImportStrategy(rawValue: text) else { throw ValidationError("--strategy must be create, update or upsert.") }
            return value
        })
    var strategy: ImportStrategy = .upsert

    @Option(
        help: ArgumentHelp("row: reject bad rows and import the rest; all: import nothing if any row is bad.", valueName: "all|row"),
        transform: { text in
            guard let value = ImportAtomicity(rawValue: text) else { throw ValidationError("--atomic must be all or row.") }
            return value
        })
    var atomic: ImportAtomicity = .row

    @Option(help: ArgumentHelp("Write rejected rows, with row numbers and reasons, to this file.", valueName: "file"))
    var rejects: String?

    @Option(help: ArgumentHelp("Write the report as JSON to this file.", valueName: "file"))
    var report: String?

    @Option(help: ArgumentHelp("Rows per transaction and checkpoint.", valueName: "rows"))
    var batchSize = 5_000

    @OptionGroup var storage: StorageOptions

    func validate() throws {
        if !inferMapping && mapping == nil {
            throw ValidationError("Missing expected option '--mapping <mapping>'. Make one with `buurtkracht import \(file) --infer-mapping > mapping.json`.")
        }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1.") }
    }

    func run() async throws {
        if inferMapping {
            let proposal = try MappingInference.infer(path: file)
            FileHandle.standardOutput.write(Data(try proposal.prettyJSON().utf8))
            return
        }
        guard let mapping else { return }
        var request = ImportRequest(file: file, mapping: try ImportMapping.load(from: mapping))
        request.dryRun = dryRun
        request.strategy = strategy
        request.atomicity = atomic
        request.rejectsPath = rejects
        request.batchSize = batchSize
        let services = try storage.openServices()
        let context = try await LocalOperator.context(.dataOfficer, purpose: .dataImport, in: services)
        let bar = ProgressPrinter()
        let outcome: ImportReport
        do {
            outcome = try await Importer(services: services).run(request, context: context) { bar.show($0) }
        } catch {
            bar.finish()
            ProgressPrinter.write("Import stopped: \(error)\nNothing after the last checkpoint was written; run the same command again to resume.\n")
            throw ExitCode.failure
        }
        bar.finish()
        ProgressPrinter.write(outcome.summary + "\n")
        if let report {
            do {
                try Data(try outcome.prettyJSON().utf8).write(to: URL(fileURLWithPath: report))
            } catch {
                ProgressPrinter.write("The report could not be written to \(report). Check the folder and its permissions.\n")
                throw ExitCode.failure
            }
        }
        switch outcome.status {
        case .completed: return
        case .completedWithRejections: throw ExitCode(3)
        case .failed: throw ExitCode.failure
        }
    }
}
