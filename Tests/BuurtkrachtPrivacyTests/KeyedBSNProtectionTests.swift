import Buurtkracht
import BuurtkrachtPrivacy
import Foundation
import Testing

/// BSNs are protected by an HMAC look-up token and an AES-GCM sealed value under the
/// integrator's key.
@Suite("Keyed BSN protection")
struct KeyedBSNProtectionTests {
    private let keyA = Data(repeating: 7, count: 32)
    private let keyB = Data(repeating: 8, count: 32)

    @Test func aSealedBSNOpensWithTheSameKey() throws {
        let protection = try KeyedBSNProtection(key: keyA)
        let bsn = try BSN("111222333")
        let sealed = try protection.seal(bsn)
        #expect(try protection.open(sealed) == bsn)
        #expect(!String(decoding: sealed, as: UTF8.self).contains("111222333"))
    }

    @Test func sealingTwiceGivesDifferentCiphertexts() throws {
        let protection = try KeyedBSNProtection(key: keyA)
        let bsn = try BSN("111222333")
        #expect(try protection.seal(bsn) != protection.seal(bsn))
    }

    @Test func anotherKeyCannotOpenTheBSN() throws {
        let sealed = try KeyedBSNProtection(key: keyA).seal(try BSN("111222333"))
        #expect(throws: BuurtkrachtError.self) { try KeyedBSNProtection(key: keyB).open(sealed) }
        do {
            _ = try KeyedBSNProtection(key: keyB).open(sealed)
        } catch let error as BuurtkrachtError {
            #expect(error.code == .keyMismatch)
            #expect(!error.description.contains("111222333"))
        }
    }

    @Test func anAlteredSealedValueIsRejected() throws {
        let protection = try KeyedBSNProtection(key: keyA)
        var sealed = try protection.seal(try BSN("111222333"))
        sealed[sealed.count / 2] ^= 0x01
        #expect(throws: BuurtkrachtError.self) { try protection.open(sealed) }
    }

    @Test func lookUpTokensAreDeterministicPerKeyAndHideTheBSN() throws {
        let a = try KeyedBSNProtection(key: keyA)
        let b = try KeyedBSNProtection(key: keyB)
        let bsn = try BSN("111222333")
        #expect(a.lookupToken(for: bsn) == a.lookupToken(for: bsn))
        #expect(a.lookupToken(for: bsn) != a.lookupToken(for: try BSN("123456782")))
        #expect(a.lookupToken(for: bsn) != b.lookupToken(for: bsn))
        #expect(!a.lookupToken(for: bsn).contains("111222333"))
        #expect(a.keyCheck != b.keyCheck)
    }

    /// Stored tokens must stay findable whatever the implementation: the token is
    /// HMAC-SHA-256 of the digits under HKDF(key, "buurtkracht bsn lookup v1"), in hex
    /// (worked out independently, with Python's hmac and hashlib).
    @Test func theLookUpTokenIsTheHMACOfTheDigitsUnderTheDerivedKey() throws {
        let protection = try KeyedBSNProtection(key: keyA)
        let bsn = try BSN("111222333")
        #expect(protection.lookupToken(for: bsn) == "ca6de5bc1f6e80f82700be7fa88bbb7d7558ebd8adb60dc44df1ea6d5c2d5cf4")
        #expect(protection.keyCheck == "54398c45d05f79fbbed332f5d9db13c134f5330c5d3234239a4850cf7063152d")
        // The keyed state is copied, not consumed: the same token again, then another BSN's.
        #expect(protection.lookupToken(for: bsn) == "ca6de5bc1f6e80f82700be7fa88bbb7d7558ebd8adb60dc44df1ea6d5c2d5cf4")
        #expect(protection.lookupToken(for: try BSN("123456782")) != protection.lookupToken(for: bsn))
    }

    @Test func aKeyMustBeThirtyTwoBytes() {
        #expect(throws: BuurtkrachtError.self) { try KeyedBSNProtection(key: Data(repeating: 1, count: 16)) }
    }

    @Test func aGeneratedKeyFileIsReadBack() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bk-\(UInt64.random(in: 0...UInt64.max)).key")
        defer { try? FileManager.default.removeItem(at: url) }
        try KeyedBSNProtection.generateKey().write(to: url)
        let protection = try KeyedBSNProtection(keyFile: url.path)
        let bsn = try BSN("111222333")
        #expect(try protection.open(protection.seal(bsn)) == bsn)
    }

    @Test func aMissingKeyFileSaysHowToMakeOne() {
        do {
            _ = try KeyedBSNProtection(keyFile: "/nonexistent/bsn.key")
            Issue.record("expected keyMissing")
        } catch let error as BuurtkrachtError {
            #expect(error.code == .keyMissing)
            #expect(error.message.contains("buurtkracht key generate"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
