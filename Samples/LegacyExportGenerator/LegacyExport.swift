import Foundation

/// The text encodings a legacy export comes in.
enum OutputEncoding: String {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case windows1252 = "windows-1252"
}

struct GeneratorOptions {
    var rows = 1_000
    var seed: UInt64 = 42
    var encoding = OutputEncoding.utf8
    var delimiter: Character = ";"
    /// The share of rows with a problem, in percent.
    var messyPercent = 5
}

/// A deterministic pseudo-random generator (SplitMix64).
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// Writes a client export with the 15 columns of `mapping.json`: fictional names, addresses with
/// postcodes and CBS neighbourhood codes, valid BSNs (some with their leading zero lost), and —
/// for `messyPercent` of the rows — one problem each.
struct LegacyExport {
    /// The kinds of problem rows, and what the importer does with them.
    enum Mess: String, CaseIterable {
        // Rejected:
        case missingFamilyName, invalidBSN, impossibleDate, invalidPostcode, numericNeighbourhood, unmappedReferrer
        case blankRecordID, repeatedRecordID, unterminatedQuote
        // Imported:
        case eightDigitBSN, unknownBirthDate, compactPostcode, strayQuote, samePersonOtherID, sameBSNOtherID

        var isRejected: Bool {
            switch self {
            case .eightDigitBSN, .unknownBirthDate, .compactPostcode, .strayQuote, .samePersonOtherID, .sameBSNOtherID: false
            default: true
            }
        }
    }

    static let header = [
        "Dossiernummer", "BSN", "Voornamen", "Tussenvoegsel", "Achternaam", "Geboortedatum", "Geslacht", "Straat", "Huisnummer",
        "Postcode", "Woonplaats", "Buurtcode", "Aanmelder", "Datum aanmelding", "Problematiek",
    ]

    static let givenNames = [
        "Jan", "Piet", "Klaas", "Anouk", "Sanne", "Daan", "Noëlle", "Zoë", "Eline", "Mohammed", "Fatima", "Sem", "Lotte", "Joëlle",
        "René", "Thijs", "Aïsha", "Ömer", "Inge", "Willem", "Hélène", "Bram", "Sofie", "Youssef", "Mila", "Gerrit", "Françoise",
    ]
    static let prefixes = ["", "", "", "", "van", "de", "van der", "van den", "ter", "in 't", "van de"]
    static let familyNames = [
        "Jansen", "Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker",
        "Brouwer", "Kroeze", "Çelik", "Öztürk", "El Amrani", "Bouzid", "Wit", "Dijkstra", "Hoekstra", "Koç", "Müller",
    ]
    static let streets = [
        "Hoofdstraat", "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Schoolstraat", "Julianalaan", "Beatrixstraat",
        "Prins Hendrikkade", "Ganzenmarkt", "Oude Gracht", "Tweede Oosterparkstraat", "Rozengracht", "Papaverhof",
    ]
    /// Places with their CBS municipality code.
    static let places: [(String, Int)] = [
        ("Amsterdam", 363), ("Utrecht", 344), ("Zwolle", 193), ("Groningen", 14), ("'s-Hertogenbosch", 796), ("Den Haag", 518),
        ("Rotterdam", 599), ("Leeuwarden", 80), ("Enschede", 153), ("Maastricht", 935), ("Leidschendam-Voorburg", 1916),
    ]
    static let referrers = [
        "Politie", "Wijkagent", "Maatschappelijk werk", "Huisarts", "Woningcorporatie", "GGZ", "Reclassering", "Buren",
        "Zelfmelder", "Straatwerk",
    ]
    static let problems = ["Schulden", "Huisvesting", "Verslaving", "Psychisch", "Eenzaamheid", "Werk", "Justitie", "Huiselijk geweld"]

    let options: GeneratorOptions
    private var rng: SplitMix64
    private var recent: [[String]] = []
    private(set) var counts: [String: Int] = [:]
    private(set) var written = 0

    init(options: GeneratorOptions) {
        self.options = options
        rng = SplitMix64(state: options.seed)
    }

    /// What was written, as JSON: rows, rows expected to be imported, and rows per kind of mess.
    var summary: String {
        let rejected = counts.filter { Mess(rawValue: $0.key)?.isRejected == true }.values.reduce(0, +)
        let parts = counts.keys.sorted().map { "\"\($0)\":\(counts[$0] ?? 0)" }.joined(separator: ",")
        return "{\"rows\":\(written),\"expectedImported\":\(written - rejected),\"expectedRejected\":\(rejected),\"mess\":{\(parts)}}"
    }

    mutating func write(_ emit: ([UInt8]) -> Void) {
        if options.encoding == .utf8BOM { emit([0xEF, 0xBB, 0xBF]) }
        emit(encode(line(Self.header)))
        for index in 0..<options.rows {
            emit(encode(row(index)))
            written += 1
        }
    }

    private func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: String(options.delimiter)) + "\r\n"
    }

    private func quoted(_ field: String) -> String {
        guard field.contains(options.delimiter) || field.contains("\"") || field.contains("\n") else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func encode(_ text: String) -> [UInt8] {
        switch options.encoding {
        case .utf8, .utf8BOM: return Array(text.utf8)
        case .windows1252:
            return text.unicodeScalars.map { scalar in scalar.value < 0x100 ? UInt8(scalar.value) : UInt8(ascii: "?") }
        }
    }

    private mutating func row(_ index: Int) -> String {
        var fields = cleanRow(index)
        guard options.messyPercent > 0, rng.chance(options.messyPercent) else {
            remember(fields)
            return line(fields)
        }
        var mess = rng.pick(Mess.allCases)
        if recent.isEmpty && [.repeatedRecordID, .samePersonOtherID, .sameBSNOtherID].contains(mess) { mess = .eightDigitBSN }
        counts[mess.rawValue, default: 0] += 1
        switch mess {
        case .missingFamilyName: fields[4] = ""; fields[3] = ""
        case .invalidBSN: fields[1] = Self.invalidBSN(fields[1])
        case .impossibleDate: fields[5] = rng.pick(["31-02-1980", "30-02-1975", "31-04-1990", "00-05-1960", "29-02-1981"])
        case .invalidPostcode: fields[9] = rng.pick(["123 AB", "0123 AB", "1234 A", "12345", "AB 1234"])
        case .numericNeighbourhood:
            // A spreadsheet that read BU03630104 as a number keeps 3630104: BU and a zero lost.
            fields[10] = "Amsterdam"
            fields[11] = String(3_630_000 + rng.below(10_000))
        case .unmappedReferrer: fields[12] = rng.pick(["Bibliotheek", "Kerk", "Sportclub"])
        case .blankRecordID: fields[0] = ""
        case .repeatedRecordID: fields[0] = rng.pick(recent)[0]
        case .unterminatedQuote:
            // An opening quote that never closes: the reader rejects this line and goes on.
            return fields.enumerated().map { $0.offset == 7 ? "\"" + $0.element : quoted($0.element) }.joined(separator: String(options.delimiter)) + "\r\n"
        case .eightDigitBSN: fields[1] = Self.bsn(startingWithZero: &rng).dropFirst().description
        case .unknownBirthDate: fields[5] = rng.pick(["onbekend", "Onbekend", ""])
        case .compactPostcode: fields[9] = fields[9].replacingOccurrences(of: " ", with: "").lowercased()
        case .strayQuote:
            fields[7] += " 'achter' \"hoek\""
            remember(fields)
            let raw = fields.enumerated().map { $0.offset == 7 ? $0.element : quoted($0.element) }
            return raw.joined(separator: String(options.delimiter)) + "\r\n"
        case .samePersonOtherID:
            let earlier = rng.pick(recent)
            for column in [2, 3, 4, 5, 9] { fields[column] = earlier[column] }
            fields[1] = ""
        case .sameBSNOtherID:
            let earlier = rng.pick(recent)
            fields[1] = earlier[1]
        }
        return line(fields)
    }

    private mutating func remember(_ fields: [String]) {
        guard !fields[0].isEmpty, !fields[1].isEmpty, fields[1].count == 9 else { return }
        if recent.count < 64 { recent.append(fields) } else { recent[rng.below(64)] = fields }
    }

    private mutating func cleanRow(_ index: Int) -> [String] {
        let (place, municipality) = rng.pick(Self.places)
        let district = rng.below(10)
        let neighbourhood = rng.below(10)
        let code = "BU" + pad(municipality, 4) + pad(district, 2) + pad(neighbourhood, 2)
        let postcodeDigits = 1000 + rng.below(9000)
        let letters = String(UnicodeScalar(UInt8(65 + rng.below(26)))) + String(UnicodeScalar(UInt8(65 + rng.below(26))))
        let gender = rng.pick(["M", "V", "V", "M", "O"])
        let problems = (0..<(1 + rng.below(3))).map { _ in rng.pick(Self.problems) }
        return [
            "D-\(100_000 + index)",
            rng.chance(5) ? "" : Self.bsn(startingWithZero: &rng, zero: rng.chance(8)),
            rng.pick(Self.givenNames) + (rng.chance(30) ? " " + rng.pick(Self.givenNames) : ""),
            rng.pick(Self.prefixes),
            rng.pick(Self.familyNames),
            date(yearFrom: 1935, to: 2006),
            gender,
            rng.pick(Self.streets),
            String(1 + rng.below(250)) + (rng.chance(10) ? rng.pick(["A", "B", "-2", " bis"]) : ""),
            "\(postcodeDigits) \(letters)",
            place,
            code,
            rng.pick(Self.referrers),
            date(yearFrom: 2015, to: 2025),
            Array(Set(problems)).sorted().joined(separator: ", "),
        ]
    }

    private mutating func date(yearFrom: Int, to: Int) -> String {
        let year = yearFrom + rng.below(to - yearFrom + 1)
        let month = 1 + rng.below(12)
        let day = 1 + rng.below(28)
        return "\(pad(day, 2))-\(pad(month, 2))-\(year)"
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// A random BSN that passes the eleven test (starting with 0 when `zero`).
    static func bsn(startingWithZero rng: inout SplitMix64, zero: Bool = true) -> String {
        while true {
            var digits = (0..<8).map { _ in rng.below(10) }
            if zero { digits[0] = 0 } else if digits[0] == 0 { digits[0] = 1 }
            let sum = digits.enumerated().reduce(0) { $0 + (9 - $1.offset) * $1.element }
            let last = sum % 11
            guard last < 10 else { continue }
            digits.append(last)
            if digits.allSatisfy({ $0 == 0 }) { continue }
            return digits.map(String.init).joined()
        }
    }

    /// A BSN with its last digit changed, so that it fails the eleven test.
    static func invalidBSN(_ valid: String) -> String {
        let base = valid.count == 9 ? valid : "123456782"
        let last = Int(String(base.last ?? "0")) ?? 0
        return String(base.dropLast()) + String((last + 1) % 10)
    }

    /// The mapping for this export (the same as `mapping.json`).
    static let mapping = """
        {
          "sourceSystem": "Suite4Sociaal",
          "recordID": "Dossiernummer",
          "client": {
            "familyName": { "column": "Achternaam", "type": "text" },
            "givenNames": { "column": "Voornamen", "type": "text" },
            "prefix": { "column": "Tussenvoegsel", "type": "text" },
            "birthDate": { "column": "Geboortedatum", "type": "date", "format": "dd-MM-yyyy" },
            "gender": { "column": "Geslacht", "type": "code", "values": { "M": "male", "V": "female", "O": "other" } },
            "bsn": { "column": "BSN", "type": "bsn" },
            "street": { "column": "Straat", "type": "text" },
            "houseNumber": { "column": "Huisnummer", "type": "text" },
            "postcode": { "column": "Postcode", "type": "postcode" },
            "city": { "column": "Woonplaats", "type": "text" },
            "neighbourhood": { "column": "Buurtcode", "type": "neighbourhoodCode" },
            "referralSource": {
              "column": "Aanmelder", "type": "code",
              "values": {
                "Politie": "police", "Wijkagent": "police", "Maatschappelijk werk": "socialWork", "Huisarts": "generalPractitioner",
                "Woningcorporatie": "housingCorporation", "GGZ": "mentalHealthCare", "Reclassering": "justice", "Buren": "neighbour",
                "Zelfmelder": "selfReferral", "Straatwerk": "outreachWorker"
              }
            },
            "registeredAt": { "column": "Datum aanmelding", "type": "date", "format": "dd-MM-yyyy" },
            "problemAreas": {
              "column": "Problematiek", "type": "list", "separator": ",",
              "values": {
                "Schulden": "finances", "Huisvesting": "housing", "Verslaving": "substanceUse", "Psychisch": "mentalHealth",
                "Eenzaamheid": "socialNetwork", "Werk": "workAndEducation", "Justitie": "justice", "Huiselijk geweld": "domesticRelations"
              }
            }
          }
        }

        """
}
