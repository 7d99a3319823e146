/// A newly registered client and the possible duplicates the registration flagged.
public struct ClientRegistration: Hashable, Sendable, Codable {
    /// The new client.
    public var client: Client
    /// Pairs flagged because an existing client has the same BSN, or the same name, birth date
    /// and postcode. Never merged automatically.
    public var possibleDuplicates: [PossibleDuplicate]

    /// Creates a registration result.
    public init(client: Client, possibleDuplicates: [PossibleDuplicate]) {
        self.client = client
        self.possibleDuplicates = possibleDuplicates
    }
}
