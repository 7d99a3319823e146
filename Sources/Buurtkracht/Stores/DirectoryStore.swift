/// Stores partner organisations, their professionals and access tokens. Used inside a unit of
/// work (see ``Storage``).
public protocol DirectoryStore {
    /// The partner with `id`, or nil.
    func partner(_ id: Partner.ID) throws -> Partner?
    /// Every partner, ordered by identifier.
    func partners() throws -> [Partner]
    /// Adds a partner; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ partner: Partner) throws
    /// Replaces a partner; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ partner: Partner) throws

    /// The professional with `id`, or nil.
    func professional(_ id: Professional.ID) throws -> Professional?
    /// The professionals of a partner, or of every partner when `partner` is nil, ordered by identifier.
    func professionals(of partner: Partner.ID?) throws -> [Professional]
    /// Adds a professional; throws ``BuurtkrachtError/Code/alreadyExists`` when the id is taken.
    func insert(_ professional: Professional) throws
    /// Replaces a professional; throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ professional: Professional) throws

    /// The access token with this hash, or nil.
    func accessToken(hash: String) throws -> AccessToken?
    /// The access tokens of a professional, ordered by identifier.
    func accessTokens(of professional: Professional.ID) throws -> [AccessToken]
    /// Adds an access token; throws ``BuurtkrachtError/Code/alreadyExists`` when the id or hash is taken.
    func insert(_ token: AccessToken) throws
    /// Replaces an access token (to revoke it); throws ``BuurtkrachtError/Code/notFound`` when it does not exist.
    func update(_ token: AccessToken) throws
}
