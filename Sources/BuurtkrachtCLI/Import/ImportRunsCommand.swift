import ArgumentParser
import Buurtkracht
import BuurtkrachtImport
import Foundation

/// `buurtkracht import runs`: the import runs, oldest first.
struct ImportRunsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "runs", abstract: "List the import runs, oldest first.")

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let services = try storage.openServices()
        let context = try await LocalOperator.context(.dataOfficer, purpose: .dataImport, in: services)
        let runs = try await Importer(services: services).runs(context: context)
        guard !runs.isEmpty else {
            print("No import runs yet.")
            return
        }
        var table = TextTable(header: ["run", "status", "file", "source system", "started", "read", "created", "updated", "unchanged", "rejected"])
        for run in runs {
            table.rows.append([
                run.id.rawValue, run.status.rawValue, run.fileName, run.sourceSystem,
                run.startedAt.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false)),
                String(run.counts.read), String(run.counts.created), String(run.counts.updated), String(run.counts.unchanged),
                String(run.counts.rejected),
            ])
        }
        print(table.render())
    }
}
