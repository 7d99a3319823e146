import Buurtkracht

/// What the writer needs to know about the run: the same for every batch, `Sendable` so that it
/// can go into a unit of work.
struct WriterSettings: Sendable {
    var run: ImportRun.ID
    var sourceSystem: String
    var fileName: String
    var strategy: ImportStrategy
    var clientFields: ClientFields
    var recordIDColumn: String
    /// Legacy column per `section.field`, for diagnostics.
    var columns: [String: String]

    func column(_ field: String, in section: String = "client") -> String? {
        columns["\(section).\(field)"]
    }
}
