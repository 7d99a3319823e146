public import Buurtkracht

/// `duplicates.merge`: Merges a pair, keeping the survivor; the other record is marked as merged into it (reversible).
public enum DuplicatesMerge: RPCMethod {
    /// `"duplicates.merge"`.
    public static let name = "duplicates.merge"
    /// What the method does.
    public static let summary = "Merges a pair, keeping the survivor; the other record is marked as merged into it (reversible)."

    /// The params.
    public struct Params: Codable, Sendable {
        /// The pair.
        public var pair: PossibleDuplicate.ID
        /// The record to keep.
        public var survivor: Client.ID

        /// Creates the params.
        public init(pair: PossibleDuplicate.ID, survivor: Client.ID) {
            self.pair = pair
            self.survivor = survivor
        }
    }

    /// Calls the core with the session's access context.
    public static func handle(_ params: Params, in context: RPCRequestContext) async throws -> PossibleDuplicate {
        try await context.services.duplicates.merge(params.pair, keeping: params.survivor, context: context.access)
    }
}
