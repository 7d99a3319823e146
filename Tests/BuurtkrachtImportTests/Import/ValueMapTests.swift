@testable import BuurtkrachtImport
import Testing

/// A value map matches legacy cells whatever their case and spacing; cells spelled exactly as
/// in the mapping take a short cut that must give the same answers.
@Suite("Value maps")
struct ValueMapTests {
    let field = BoundField(
        name: "client.referralSource",
        mapping: FieldMapping(
            column: "Aanmelder", type: .code,
            values: ["Politie": "police", "Maatschappelijk werk": "socialWork", "GGZ": "mentalHealthCare"]),
        index: 0, allowed: ["police", "socialWork", "mentalHealthCare", "neighbour"])

    @Test("a cell spelled as in the mapping, or in another case or spacing, maps to the same value")
    func spellings() {
        #expect(field.code(for: "Politie") == "police")
        #expect(field.code(for: "politie") == "police")
        #expect(field.code(for: "POLITIE") == "police")
        #expect(field.code(for: "Maatschappelijk werk") == "socialWork")
        #expect(field.code(for: "maatschappelijk   Werk") == "socialWork")
        #expect(field.code(for: "GGZ") == "mentalHealthCare")
    }

    @Test("an allowed value passes as itself; anything else is unmapped without a catch-all")
    func allowedAndUnmapped() {
        #expect(field.code(for: "Neighbour") == "neighbour")
        #expect(field.code(for: "Buurvrouw") == nil)
        let catchAll = BoundField(
            name: "client.referralSource",
            mapping: FieldMapping(column: "Aanmelder", type: .code, values: ["Politie": "police", "*": "neighbour"]),
            index: 0, allowed: nil)
        #expect(catchAll.code(for: "Politie") == "police")
        #expect(catchAll.code(for: "Buurvrouw") == "neighbour")
    }

    @Test("keys that fold together keep one value, whichever spelling a cell has")
    func keysThatFoldTogether() {
        let field = BoundField(
            name: "client.gender",
            mapping: FieldMapping(column: "Geslacht", type: .code, values: ["M": "male", "m": "male", " V ": "female"]),
            index: 0, allowed: nil)
        #expect(field.code(for: "M") == "male")
        #expect(field.code(for: "m") == "male")
        #expect(field.code(for: "V") == "female")
        #expect(field.code(for: " V ") == "female")
    }
}
