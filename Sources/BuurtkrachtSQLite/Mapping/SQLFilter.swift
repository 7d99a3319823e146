import Buurtkracht
import Foundation

/// The WHERE clause of a query, built from the filters a store query sets, with the values to
/// bind in order.
///
/// Every value from data is bound as a parameter, never spliced into SQL text; only enum cases,
/// constants of the code, are written as literals (see ``among(_:_:)``). An empty set matches
/// nothing, as in the queries' `matches(_:)`; areas become a range on the code's text that an
/// index can serve.
///
/// ```swift
/// var filter = SQLFilter()
/// filter.equals("neighbourhood", query.neighbourhood?.rawValue)
/// filter.among("status", query.statuses)
/// let sql = "SELECT … FROM signal" + filter.whereClause
/// ```
struct SQLFilter {
    /// A value bound to a parameter of the clause.
    enum Value {
        case text(String)
        case real(Double)
        case integer(Int64)
        case blob(Data)
    }

    private(set) var conditions: [String] = []
    private(set) var values: [Value] = []

    /// ` WHERE a AND b …`, or nothing when no filter is set.
    var whereClause: String {
        conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    }

    /// Adds a condition with its parameters' values.
    mutating func add(_ condition: String, _ bound: Value...) {
        conditions.append(condition)
        values.append(contentsOf: bound)
    }

    /// Adds a condition with a list of parameters' values (for `IN (?, …)` lists).
    mutating func add(_ condition: String, values bound: [Value]) {
        conditions.append(condition)
        values.append(contentsOf: bound)
    }

    /// `?, ?, …`: `count` parameters for an `IN` list.
    static func placeholders(_ count: Int, each: String = "?") -> String {
        Array(repeating: each, count: count).joined(separator: ", ")
    }

    /// `column = value`, when `value` is set.
    mutating func equals(_ column: String, _ value: String?) {
        if let value { add("\(column) = ?", .text(value)) }
    }

    /// `column = value`, when `value` is set.
    mutating func equals<Value: RawRepresentable<String>>(_ column: String, _ value: Value?) {
        equals(column, value?.rawValue)
    }

    /// `column = code`, when `code` is set.
    mutating func equals<Code: AreaCode>(_ column: String, _ code: Code?) {
        equals(column, code?.rawValue)
    }

    /// `column IN (?, …)`, when `elements` (identifiers: data) is set; an empty set matches nothing.
    mutating func among<Element: RawRepresentable<String>>(_ column: String, _ elements: Set<Element>?) {
        guard let elements else { return }
        guard !elements.isEmpty else { return add("0") }
        conditions.append("\(column) IN (\(Array(repeating: "?", count: elements.count).joined(separator: ", ")))")
        values.append(contentsOf: elements.map { $0.rawValue }.sorted().map { .text($0) })
    }

    /// `column IN ('a', …)` or `column = 'a'`, when `cases` is set; an empty set matches nothing.
    ///
    /// Enum cases are written into the SQL as literals, in sorted order: they are constants of
    /// the code, not data, and a literal lets SQLite use a partial index whose WHERE clause
    /// names the same cases (the open signals, the arrears signals). A raw value that is not a
    /// plain identifier is bound as a parameter instead.
    mutating func amongCases<Case: RawRepresentable<String> & CaseIterable>(_ column: String, _ cases: Set<Case>?) {
        guard let cases else { return }
        let raw = cases.map { $0.rawValue }.sorted()
        guard raw.allSatisfy(Self.isPlainIdentifier) else { return among(column, cases) }
        switch raw.count {
        case 0: add("0")
        case 1: add("\(column) = '\(raw[0])'")
        default: add("\(column) IN (\(raw.map { "'\($0)'" }.joined(separator: ", ")))")
        }
    }

    /// `column >= moment`, when `moment` is set.
    mutating func atOrAfter(_ column: String, _ moment: Date?) {
        if let moment { add("\(column) >= ?", .real(moment.timeIntervalSinceReferenceDate)) }
    }

    /// `column < moment`, when `moment` is set.
    mutating func before(_ column: String, _ moment: Date?) {
        if let moment { add("\(column) < ?", .real(moment.timeIntervalSinceReferenceDate)) }
    }

    /// The neighbourhood code in `column` lies in `area`, when set: a range on the code's
    /// text (`BU0363…` up to the next prefix) that an index on the column serves.
    mutating func within(_ column: String, _ area: AreaFilter?) {
        guard let area else { return }
        if case .neighbourhood(let code) = area { return equals(column, code.rawValue) }
        let prefix = area.neighbourhoodCodePrefix
        // Codes are ASCII letters and digits, all below DEL (0x7F).
        add("\(column) >= ? AND \(column) < ?", .text(prefix), .text(prefix + "\u{7F}"))
    }

    /// Letters, digits and underscores only: safe to write into SQL between quotes.
    private static func isPlainIdentifier(_ text: String) -> Bool {
        !text.isEmpty
            && text.utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
            }
    }
}
