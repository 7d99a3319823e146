public import Buurtkracht
public import Foundation
import Crypto

/// Protects BSNs with a 256-bit key held by the integrator: an HMAC-SHA-256 look-up token and
/// an AES-GCM sealed value, each under its own key derived from the master key with HKDF.
///
/// ```swift
/// // Once: make a key and keep it out of the database's directory and backups.
/// try KeyedBSNProtection.generateKey().write(to: keyURL)
/// // Every run:
/// let protection = try KeyedBSNProtection(keyFile: keyURL.path)
/// ```
public struct KeyedBSNProtection: BSNProtection {
    private let lookupKey: SymmetricKey
    private let sealKey: SymmetricKey
    /// An HMAC already keyed with the look-up key: a token copies it and hashes only the
    /// digits, instead of deriving the keyed pads again for every BSN (half the HMAC's cost).
    private let keyedLookup: HMAC<SHA256>

    /// Creates the protection from a 32-byte master key.
    ///
    /// - Throws: ``Buurtkracht/BuurtkrachtError/Code/keyMissing`` when the key is not 32 bytes.
    public init(key: Data) throws {
        guard key.count == 32 else {
            throw BuurtkrachtError(
                code: .keyMissing,
                message: "A BSN key is 32 random bytes (\(key.count) given). Generate one with `buurtkracht key generate`."
            )
        }
        let master = SymmetricKey(data: key)
        lookupKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: master, info: Data("buurtkracht bsn lookup v1".utf8), outputByteCount: 32)
        sealKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: master, info: Data("buurtkracht bsn seal v1".utf8), outputByteCount: 32)
        keyedLookup = HMAC<SHA256>(key: lookupKey)
    }

    /// Reads the key from a file holding 32 bytes in base64 (as `generateKey` writes them).
    ///
    /// - Throws: ``Buurtkracht/BuurtkrachtError/Code/keyMissing`` when the file is missing or
    ///   does not hold a key.
    public init(keyFile path: String) throws {
        guard let contents = FileManager.default.contents(atPath: path) else {
            throw BuurtkrachtError(
                code: .keyMissing,
                message: "No BSN key file at the given path. Generate one with `buurtkracht key generate --out PATH`, "
                    + "or point to the existing one.",
                context: ["path": path]
            )
        }
        let text = String(decoding: contents, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let key = Data(base64Encoded: text) else {
            throw BuurtkrachtError(
                code: .keyMissing,
                message: "The BSN key file does not hold a base64 key. Generate one with `buurtkracht key generate`.",
                context: ["path": path]
            )
        }
        try self.init(key: key)
    }

    /// A new random key, base64 text ready to be written to a key file.
    public static func generateKey() -> Data {
        Data(SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64EncodedString().utf8)
    }

    /// The HMAC-SHA-256 of the BSN's digits, in hex.
    public func lookupToken(for bsn: BSN) -> String {
        var hmac = keyedLookup
        var digits = bsn.digits
        digits.withUTF8 { hmac.update(data: UnsafeRawBufferPointer($0)) }
        return SHA256AuditSealer.hex(hmac.finalize())
    }

    /// The digits sealed with AES-GCM (nonce, ciphertext and tag together).
    public func seal(_ bsn: BSN) throws -> Data {
        do {
            guard let combined = try AES.GCM.seal(Data(bsn.digits.utf8), using: sealKey).combined else {
                throw BuurtkrachtError(code: .storageFailure, message: "AES-GCM produced no sealed value.")
            }
            return combined
        } catch let error as BuurtkrachtError {
            throw error
        } catch {
            throw BuurtkrachtError(code: .storageFailure, message: "The BSN could not be encrypted.")
        }
    }

    /// Opens a sealed BSN.
    ///
    /// - Throws: ``Buurtkracht/BuurtkrachtError/Code/keyMismatch`` when the key differs or the
    ///   value was altered.
    public func open(_ sealed: Data) throws -> BSN {
        let mismatch = BuurtkrachtError(
            code: .keyMismatch,
            message: "A stored BSN cannot be decrypted with this key: the key differs from the one it was stored with, "
                + "or the stored value was altered. Use the original key file."
        )
        guard let box = try? AES.GCM.SealedBox(combined: sealed),
            let plain = try? AES.GCM.open(box, using: sealKey)
        else { throw mismatch }
        guard let bsn = try? BSN(String(decoding: plain, as: UTF8.self)) else { throw mismatch }
        return bsn
    }

    /// The HMAC of a fixed label under the look-up key, in hex.
    public var keyCheck: String {
        SHA256AuditSealer.hex(HMAC<SHA256>.authenticationCode(for: Data("buurtkracht key check".utf8), using: lookupKey))
    }
}
