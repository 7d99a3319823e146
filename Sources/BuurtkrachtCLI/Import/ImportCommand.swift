import ArgumentParser

/// `buurtkracht import`: bring in legacy records (the default), list runs, undo a run.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import legacy records from a CSV or JSON-lines export; list or undo import runs.",
        discussion: """
            Run `buurtkracht import FILE --infer-mapping > mapping.json` to get a proposed mapping, \
            edit it, try it with --dry-run, then import. Re-running the same file changes nothing; \
            an interrupted import resumes where it stopped. See Documentation/Import.md.
            """,
        subcommands: [ImportFileCommand.self, ImportRunsCommand.self, ImportUndoCommand.self],
        defaultSubcommand: ImportFileCommand.self
    )
}
