import Buurtkracht
import Foundation

/// Renders a triage queue as a table: most urgent first, with sources and time left.
struct TriageQueuePrinter {
    var timeZone: TimeZone

    func render(_ items: [TriageItem], neighbourhood: NeighbourhoodCode) -> String {
        var table = TextTable(header: ["#", "Address", "Severity", "Sources", "Categories", "Deadline", "Status"])
        for (index, item) in items.enumerated() {
            table.rows.append([
                String(index + 1),
                item.address.map { "\($0.street) \($0.houseNumber)" } ?? "—",
                "\(item.severity)",
                String(item.independentSources),
                item.categories.map(\.rawValue).joined(separator: ", "),
                deadline(item),
                item.status.rawValue,
            ])
        }
        return "Triage queue \(neighbourhood) — \(items.count) open case(s)\n\n" + table.render()
    }

    private func deadline(_ item: TriageItem) -> String {
        guard let deadline = item.contactDeadline, let left = item.secondsLeft else { return "—" }
        let day = CalendarDate(deadline.addingTimeInterval(-1), in: timeZone)
        let days = Int((abs(left) / 86_400).rounded(.down))
        return left < 0 ? "\(day) (overdue \(days)d)" : "\(day) (\(days)d left)"
    }
}
