import ArgumentParser
import Buurtkracht
import BuurtkrachtImport

/// `buurtkracht import undo RUN`: remove what a run created and restore what it updated.
struct ImportUndoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Undo an import run: remove the records it created and restore those it updated.")

    @Argument(help: ArgumentHelp("The run's id, as `buurtkracht import runs` lists it.", valueName: "run"))
    var run: String

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let services = try storage.openServices()
        let context = try await LocalOperator.context(.dataOfficer, purpose: .dataImport, in: services)
        let report = try await Importer(services: services).undo(ImportRun.ID(run), context: context)
        let removed = report.removed.keys.sorted().map { "\($0) \(report.removed[$0] ?? 0)" }.joined(separator: ", ")
        let restored = report.restored.keys.sorted().map { "\($0) \(report.restored[$0] ?? 0)" }.joined(separator: ", ")
        print("Run \(run) undone. Removed: \(removed.isEmpty ? "nothing" : removed). Restored: \(restored.isEmpty ? "nothing" : restored).")
    }
}
