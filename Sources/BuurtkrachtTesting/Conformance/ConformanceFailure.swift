import Buurtkracht

/// A storage conformance check that failed: which check, and what differed.
public struct ConformanceFailure: Error, Sendable, CustomStringConvertible {
    /// The check's name.
    public var check: String
    /// What was expected and what was found.
    public var message: String

    /// Creates a failure.
    public init(check: String = "", message: String) {
        self.check = check
        self.message = message
    }

    func `in`(check name: String) -> ConformanceFailure {
        ConformanceFailure(check: name, message: message)
    }

    /// `storage conformance: <check>: <message>`.
    public var description: String { "storage conformance: \(check): \(message)" }
}

/// Fails with `message` unless `condition` holds.
func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw ConformanceFailure(message: message()) }
}

/// Fails unless `actual == expected`.
func expectEqual<T: Equatable>(_ actual: T, _ expected: T, _ what: String) throws {
    if actual != expected {
        throw ConformanceFailure(message: "\(what): expected \(expected), found \(actual)")
    }
}

/// Fails unless `actual` is present and equal to `expected`.
func expectEqual<T: Equatable>(_ actual: T?, _ expected: T, _ what: String) throws {
    guard let actual else { throw ConformanceFailure(message: "\(what): expected \(expected), found nothing") }
    try expectEqual(actual, expected, what)
}

/// Fails unless the identifiers of `actual` are those of `expected`, in order.
func expectIDs<T: Identifiable>(_ actual: [T], _ expected: [T.ID], _ what: String) throws where T.ID: Equatable {
    let found = actual.map(\.id)
    if found != expected {
        throw ConformanceFailure(message: "\(what): expected ids \(expected), found \(found)")
    }
}

/// Fails unless `body` throws an error with `code`.
func expectError<T>(_ code: BuurtkrachtError.Code, _ what: String, _ body: () throws -> T) throws {
    do {
        _ = try body()
    } catch let error as BuurtkrachtError {
        if error.code != code {
            throw ConformanceFailure(message: "\(what): expected error \(code), got \(error.code)")
        }
        return
    } catch {
        throw ConformanceFailure(message: "\(what): expected BuurtkrachtError \(code), got \(type(of: error))")
    }
    throw ConformanceFailure(message: "\(what): expected error \(code), but nothing was thrown")
}

/// Fails unless the async `body` throws an error with `code`.
func expectError<T>(_ code: BuurtkrachtError.Code, _ what: String, _ body: () async throws -> T) async throws {
    do {
        _ = try await body()
    } catch let error as BuurtkrachtError {
        if error.code != code {
            throw ConformanceFailure(message: "\(what): expected error \(code), got \(error.code)")
        }
        return
    } catch {
        throw ConformanceFailure(message: "\(what): expected BuurtkrachtError \(code), got \(type(of: error))")
    }
    throw ConformanceFailure(message: "\(what): expected error \(code), but nothing was thrown")
}
