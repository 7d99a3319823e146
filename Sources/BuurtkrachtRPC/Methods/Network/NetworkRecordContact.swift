public import Buurtkracht

/// `network.recordContact`: Records contact on a tie now, and optionally a new frequency.
public enum NetworkRecordContact: RPCMethod {
    /// `"network.recordContact"`.
    public static let name = "network.recordContact"
    /// What the method does.
    public static let summary = "Records contact on a tie now, and optionally a new frequency."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The tie.
        public var tie: Tie.ID
        /// A new contact frequency.
        public var frequency: ContactFrequency?

        /// Creates the params.
        public init(tie: Tie.ID, frequency: ContactFrequency? = nil) {
            self.tie = tie
            self.frequency = frequency
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> Tie {
        try await context.services.network.recordContact(on: params.tie, frequency: params.frequency, context: context.access)
    }
}
