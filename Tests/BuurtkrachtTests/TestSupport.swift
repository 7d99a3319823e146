import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

// Small helpers shared by the suites: fixed days and moments, addresses, and expectations on
// Buurtkracht's error codes. Fixtures with services live in `BuurtkrachtTesting`.

/// The neighbourhood the pure tests use, the same as ``TestNeighbourhood``'s: `BU19160101`.
let homeNeighbourhood = NeighbourhoodCode(uncheckedRawValue: "BU19160101")

/// A day written as `yyyy-MM-dd`.
func day(_ text: String) throws -> CalendarDate {
    try CalendarDate(iso8601: text)
}

/// A moment on a day in Amsterdam: the start of `text` (`yyyy-MM-dd`) plus hours and minutes.
func amsterdam(_ text: String, _ hour: Int = 0, _ minute: Int = 0) throws -> Date {
    try day(text).startOfDay(in: .amsterdam).addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
}

/// An address in Leidschendam, in `neighbourhood` (the home neighbourhood by default).
func makeAddress(
    _ street: String = "Kerkstraat",
    _ number: String = "1",
    postcode: String = "2262AB",
    in neighbourhood: NeighbourhoodCode = homeNeighbourhood
) throws -> Address {
    Address(street: street, houseNumber: number, postcode: try Postcode(postcode), city: "Leidschendam", neighbourhood: neighbourhood)
}

/// Expects `body` to throw a ``BuurtkrachtError`` with `code`, and returns the error.
@discardableResult
func expectError<T>(
    _ code: BuurtkrachtError.Code,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> T
) -> BuurtkrachtError? {
    do {
        let value = try body()
        Issue.record("Expected an error with code \(code.rawValue); got \(value)", sourceLocation: sourceLocation)
    } catch let error as BuurtkrachtError {
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        return error
    } catch {
        Issue.record("Expected a BuurtkrachtError with code \(code.rawValue); got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// Expects the asynchronous `body` to throw a ``BuurtkrachtError`` with `code`, and returns the error.
@discardableResult
func expectError<T>(
    _ code: BuurtkrachtError.Code,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () async throws -> T
) async -> BuurtkrachtError? {
    do {
        let value = try await body()
        Issue.record("Expected an error with code \(code.rawValue); got \(value)", sourceLocation: sourceLocation)
    } catch let error as BuurtkrachtError {
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        return error
    } catch {
        Issue.record("Expected a BuurtkrachtError with code \(code.rawValue); got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

extension TestNeighbourhood {
    /// Every audit entry so far, read by the auditor (which appends one more entry).
    func auditTrail() async throws -> [AuditEntry] {
        try await services.audit.entries(matching: AuditQuery(), context: auditor)
    }

    /// The records in the store, read directly without access checks or audit.
    func stored<T: Sendable>(_ read: @escaping @Sendable (any StorageTransaction) throws -> T) async throws -> T {
        try await services.storage.read(read)
    }
}
