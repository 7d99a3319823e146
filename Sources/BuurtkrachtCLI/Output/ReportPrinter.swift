import Buurtkracht
import Foundation

/// Renders a neighbourhood report as text.
struct ReportPrinter {
    func render(_ report: NeighbourhoodReport) -> String {
        var lines = ["Neighbourhood report \(report.neighbourhood), \(report.period)", ""]
        lines.append("Signals: \(report.signalCount)")
        lines.append("  by category: " + counts(report.signalsByCategory.map { ($0.key.rawValue, $0.value) }))
        lines.append("  by source:   " + counts(report.signalsBySource.map { ($0.key.rawValue, $0.value) }))
        lines.append("  median days to first contact: " + (report.medianDaysToFirstContact.map { format($0) } ?? "—"))
        lines.append("  deadlines met / missed: \(report.deadlinesMet) / \(report.deadlinesMissed)")
        lines.append("  share referred: " + (report.shareReferred.map { percent($0) } ?? "—"))
        lines.append("Plans by phase: " + counts(Plan.Phase.allCases.compactMap { phase in
            report.plansByPhase[phase].map { ("\(phase.rawValue) (\(phase.dutchName))", $0) }
        }, sorted: false))
        lines.append("  past their programme's target duration: \(report.plansOverdue)")
        lines.append("Average change on the self-sufficiency scale:")
        for (domain, change) in report.averageChangePerDomain.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(domain.dutchName): \(change >= 0 ? "+" : "")\(format(change))")
        }
        lines.append("Self-help groups:")
        for group in report.groups {
            lines.append("  \(group.name) (\(group.theme.rawValue)): \(group.members)/\(group.capacity) members, \(group.waiting) waiting")
        }
        let funnel = report.funnel
        lines.append("Funnel: \(funnel.inScope) in scope → \(funnel.reached) reached → \(funnel.helped) helped")
        return lines.joined(separator: "\n")
    }

    private func counts(_ pairs: [(String, Int)], sorted: Bool = true) -> String {
        let ordered = sorted ? pairs.sorted { ($1.1, $0.0) < ($0.1, $1.0) } : pairs
        return ordered.isEmpty ? "—" : ordered.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }

    private func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }
}
