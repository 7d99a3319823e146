import BuurtkrachtPrivacy
import Testing

/// Access-token secrets: generated with 256 random bits, stored as SHA-256.
@Suite struct AccessTokenSecretTests {
    @Test func theHashIsSHA256InHex() {
        #expect(AccessTokenSecret.hash(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func generatedSecretsArePrefixedAndDistinct() {
        let first = AccessTokenSecret.generate()
        let second = AccessTokenSecret.generate()
        #expect(first.text.hasPrefix("bkt_"))
        #expect(first.text.count == 4 + 64)
        #expect(first != second)
        #expect(first.hash != first.text)
    }
}
