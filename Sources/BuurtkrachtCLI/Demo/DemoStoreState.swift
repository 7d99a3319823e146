import Buurtkracht

/// What a store holds, as far as the demo is concerned: nothing yet, a whole demo from an
/// earlier run, or something else.
enum DemoStoreState: Sendable {
    /// No partners yet: the demo fills the store.
    case empty
    /// An earlier run filled the store; its cast, to read it again without adding anything.
    case filled(DemoCast)
    /// Data the demo did not make, or a demo run that stopped half-way.
    case foreign

    /// Looks at the directory and at the demo's last step, the group enrolments.
    static func inspect(_ storage: any Storage) async throws -> DemoStoreState {
        let found = try await storage.read { tx -> (professionals: [Professional], enrolled: Int)? in
            guard try !tx.directory.partners().isEmpty else { return nil }
            let names = Set(DemoScenario.groups.map(\.name))
            let enrolled = try tx.groups.groups(matching: GroupQuery())
                .filter { names.contains($0.name) }
                .reduce(0) { $0 + $1.members.count + $1.waitingList.count }
            return (try tx.directory.professionals(of: nil), enrolled)
        }
        guard let found else { return .empty }
        guard found.enrolled == DemoScenario.enrolments.count, let cast = await DemoCast.find(in: found.professionals) else {
            return .foreign
        }
        return .filled(cast)
    }

    /// The error for a store that holds something other than a whole demo.
    static func foreignData(path: String) -> BuurtkrachtError {
        BuurtkrachtError(
            code: .conflict,
            message: "The database '\(path)' holds data the demo did not make, or a demo run that was interrupted. "
                + "Run the demo on a new file with --db, or delete this file if it only held the demo.",
            context: ["path": path]
        )
    }
}
