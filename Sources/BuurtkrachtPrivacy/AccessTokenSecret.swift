import Crypto

/// The secret text of an access token, and the one-way hash under which the store keeps it.
///
/// `buurtkracht token issue` makes a secret, shows it once, and stores only its hash through
/// ``Buurtkracht/DirectoryService/storeToken(hash:for:purpose:expiresAt:context:)``; the RPC
/// server's `initialize` hashes the token it is given and signs in with
/// ``Buurtkracht/DirectoryService/signIn(tokenHash:)``.
///
/// ```swift
/// let secret = AccessTokenSecret.generate()
/// print(secret.text)                       // "bkt_…", shown once to the professional
/// try await services.directory.storeToken(hash: secret.hash, for: professional, …)
/// AccessTokenSecret.hash(of: secret.text) == secret.hash   // what the server computes
/// ```
public struct AccessTokenSecret: Sendable, Hashable {
    /// The secret text: `bkt_` and 64 hexadecimal digits (256 random bits). Never log it.
    public let text: String

    /// Wraps a secret text, as presented by a client.
    public init(text: String) {
        self.text = text
    }

    /// A new secret from the system's cryptographically secure random number generator.
    public static func generate() -> AccessTokenSecret {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// A new secret from `generator`, which must be cryptographically secure outside tests.
    public static func generate(using generator: inout some RandomNumberGenerator) -> AccessTokenSecret {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<4 {
            let word = generator.next() as UInt64
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
        return AccessTokenSecret(text: prefix + hex(bytes))
    }

    /// The SHA-256 hash of the secret text, in lower-case hexadecimal: what the store keeps.
    public var hash: String { Self.hash(of: text) }

    /// The SHA-256 hash of `text`, in lower-case hexadecimal.
    public static func hash(of text: String) -> String {
        hex(SHA256.hash(data: Array(text.utf8)))
    }

    /// The prefix every generated secret starts with, so that a leaked token is easy to spot.
    public static let prefix = "bkt_"

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
