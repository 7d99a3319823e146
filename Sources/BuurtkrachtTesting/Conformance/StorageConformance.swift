public import Buurtkracht

/// The checks every ``Buurtkracht/Storage`` implementation must pass: round trips of every
/// aggregate, the exact semantics of every query, uniqueness, atomic units of work, read-only
/// reads, concurrency, and the services working end to end on the store.
///
/// Run each check against a fresh store, for example with Swift Testing:
///
/// ```swift
/// @Test(arguments: StorageConformance.checks)
/// func conforms(_ check: StorageConformance.Check) async throws {
///     try await check.run(on: MyStorage(temporary: true))
/// }
/// ```
///
/// A failing check throws a ``ConformanceFailure`` that names the check and what differed.
/// The checks use only the public store protocols, so they work with XCTest as well.
public enum StorageConformance {
    /// One named check.
    public struct Check: Sendable, CustomStringConvertible {
        /// The check's name, like `"clients: queries"`.
        public let name: String
        private let body: @Sendable (any Storage) async throws -> Void

        init(_ name: String, _ body: @escaping @Sendable (any Storage) async throws -> Void) {
            self.name = name
            self.body = body
        }

        /// Runs the check against `storage`, which should be empty.
        public func run(on storage: any Storage) async throws {
            do {
                try await body(storage)
            } catch let failure as ConformanceFailure {
                throw failure.in(check: name)
            }
        }

        /// The check's name.
        public var description: String { name }
    }

    /// Every check.
    public static var checks: [Check] {
        clientChecks + signalChecks + planChecks + networkChecks + caseChecks + directoryChecks + auditChecks
            + transactionChecks + serviceChecks
    }
}
