import Buurtkracht
import BuurtkrachtTesting
import Foundation
import Testing

@Suite("BSN")
struct BSNTests {
    @Test(arguments: ["111222333", "123456782", "012345672"])
    func validNumberPassesTheElevenTest(_ text: String) throws {
        let bsn = try BSN(text)
        #expect(bsn.digits == text)
        #expect(BSN.isValid(text))
    }

    @Test(arguments: ["111222334", "123456789", "999999998"])
    func numberFailingTheElevenTestIsRejected(_ text: String) {
        expectError(.invalidBSN) { try BSN(text) }
        #expect(!BSN.isValid(text))
    }

    @Test func eightDigitBSNIsPaddedWithALeadingZero() throws {
        let bsn = try BSN("12345672")
        #expect(bsn.digits == "012345672")
        #expect(bsn == (try BSN("012345672")))
    }

    @Test func eightDigitNumberFailingTheElevenTestAfterPaddingIsRejected() {
        expectError(.invalidBSN) { try BSN("12345678") }
    }

    @Test(arguments: ["11122233a", "-11222333", "111.222.333", "١١١٢٢٢٣٣٣"])
    func nonDigitsAreRejected(_ text: String) {
        expectError(.invalidBSN) { try BSN(text) }
    }

    @Test(arguments: ["111 222 333", " 111222333", "111222333 "])
    func spacesAreRejected(_ text: String) {
        expectError(.invalidBSN) { try BSN(text) }
    }

    @Test(arguments: ["1112223330", "1112223", ""])
    func numbersOfAnotherLengthAreRejected(_ text: String) {
        expectError(.invalidBSN) { try BSN(text) }
    }

    @Test(arguments: ["000000000", "00000000"])
    func allZerosAreRejectedAlthoughTheSumIsDivisibleByEleven(_ text: String) {
        expectError(.invalidBSN) { try BSN(text) }
    }

    @Test func descriptionAndDebugDescriptionDoNotRevealTheDigits() throws {
        let bsn = try BSN("111222333")
        #expect(bsn.description == "BSN(•••••••••)")
        #expect(bsn.debugDescription == "BSN(•••••••••)")
        #expect(String(reflecting: bsn) == "BSN(•••••••••)")
    }

    @Test func stringInterpolationDoesNotRevealTheDigits() throws {
        let bsn = try BSN("111222333")
        let text = "client with \(bsn) and \(String(describing: bsn))"
        #expect(!text.contains { $0.isNumber })
    }

    @Test func dumpDoesNotRevealTheDigits() throws {
        let bsn = try BSN("111222333")
        var dumped = ""
        dump(bsn, to: &dumped)
        #expect(!dumped.isEmpty)
        #expect(!dumped.contains { $0.isNumber })
    }

    @Test func dumpOfAClientDoesNotRevealItsBSNOrName() throws {
        let client = Client(
            id: "client-1", name: PersonName(givenNames: "Kees", familyName: "Jansen"), bsn: try BSN("111222333"),
            registeredAt: TestClock.referenceDate
        )
        var dumped = ""
        dump(client, to: &dumped)
        #expect(!dumped.contains("111222333"))
        #expect(!dumped.contains("Jansen"))
        #expect("\(client)" == "Client(client-1)")
    }

    @Test(arguments: ["111222334", "11122233a", "1112223330"])
    func errorNeverContainsTheDigits(_ text: String) {
        let error = expectError(.invalidBSN) { try BSN(text) }
        #expect(error?.message.contains(text) == false)
        #expect(error?.description.contains(text) == false)
        #expect(error?.description.contains("11122233") == false)
        #expect(error?.context.values.contains { $0.contains("111") } == false)
    }

    @Test func errorTellsWhetherTheFormOrTheChecksumIsWrong() {
        let form = expectError(.invalidBSN) { try BSN("11122233a") }
        let checksum = expectError(.invalidBSN) { try BSN("111222334") }
        #expect(form?.message.contains("9 digits") == true)
        #expect(checksum?.message.contains("eleven test") == true)
    }
}
