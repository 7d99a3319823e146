import Buurtkracht
import Testing

@Suite("Postcode")
struct PostcodeTests {
    @Test(arguments: ["2262AB", "2262 AB", "2262ab", "2262 ab", "2262  Ab", " 2262 AB "])
    func writtenFormsAreNormalisedToTheCompactForm(_ text: String) throws {
        #expect(try Postcode(text).rawValue == "2262AB")
    }

    @Test func descriptionPutsASpaceBetweenDigitsAndLetters() throws {
        #expect(try Postcode("2262ab").description == "2262 AB")
        #expect("\(try Postcode("1011AB"))" == "1011 AB")
    }

    @Test(arguments: [
        "0262AB",  // starts with zero
        "226AB", "22622AB",  // three or five digits
        "2262A", "2262ABC",  // one or three letters
        "2262-AB", "AB2262", "2262 A1", "",
        "2262 ÄB",  // a letter outside A–Z
        "2262ß",  // upper-cases to "SS", but is not two letters
        "2262ıı",  // dotless i upper-cases to "I"
        "2262 ＡＢ",  // full-width letters
        "2262\u{00A0}AB", "2262\tAB",  // only plain spaces are dropped
    ])
    func malformedPostcodeIsRejected(_ text: String) {
        let error = expectError(.invalidPostcode) { try Postcode(text) }
        #expect(error?.message.contains("1234 AB") == true)
    }

    @Test func equalPostcodesInDifferentFormsAreEqual() throws {
        #expect(try Postcode("2262 ab") == Postcode("2262AB"))
    }

    @Test func postcodesOrderByTheirText() throws {
        #expect(try Postcode("1011AB") < Postcode("2262AA"))
        #expect(try Postcode("2262AA") < Postcode("2262AB"))
    }

    @Test func addressKeyUsesPostcodeAndFoldedHouseNumber() throws {
        let one = Address(street: "Kerkstraat", houseNumber: "12-A", postcode: try Postcode("2262AB"), city: "Leidschendam")
        let other = Address(street: "KERKSTRAAT", houseNumber: "12a", postcode: try Postcode("2262 ab"), city: "Voorburg")
        #expect(one.key == other.key)
    }

    @Test func addressKeyWithoutPostcodeUsesStreetNumberAndPlace() {
        let one = Address(street: "Éénhoornstraat", houseNumber: "3", city: "Leidschendam")
        let same = Address(street: "eenhoornstraat", houseNumber: "3", city: "LEIDSCHENDAM")
        let elsewhere = Address(street: "Eenhoornstraat", houseNumber: "3", city: "Voorburg")
        #expect(one.key == same.key)
        #expect(one.key != elsewhere.key)
    }
}
