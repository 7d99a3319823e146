/// Dutch (and some English) column names of legacy exports, folded (lower case, letters and
/// digits only), by the field they fill. The first match wins.
enum ColumnNames {
    static let recordID = [
        "dossiernummer", "dossiernr", "dossier", "clientnummer", "clientnr", "registratienummer", "registratienr",
        "relatienummer", "persoonsnummer", "cliëntnummer", "klantnummer", "id", "nummer", "recordid",
    ]
    static let clientText: [(String, [String], FieldType)] = [
        ("bsn", ["bsn", "burgerservicenummer", "sofinummer", "bsnnummer"], .bsn),
        ("familyName", ["achternaam", "geslachtsnaam", "familienaam", "naam", "lastname", "surname"], .text),
        ("givenNames", ["voornamen", "voornaam", "roepnaam", "firstname", "givennames"], .text),
        ("prefix", ["tussenvoegsel", "tussenvoegsels", "voorvoegsel", "tussenv"], .text),
        ("street", ["straat", "straatnaam", "adres", "street"], .text),
        ("houseNumber", ["huisnummer", "huisnr", "nr", "nummeradres", "housenumber"], .text),
        ("houseNumberAddition", ["toevoeging", "huisnummertoevoeging", "huisletter", "huisnrtoev"], .text),
        ("postcode", ["postcode", "pc", "postalcode", "zipcode"], .postcode),
        ("city", ["woonplaats", "plaats", "plaatsnaam", "city"], .text),
    ]
    static let clientDates: [(String, [String])] = [
        ("birthDate", ["geboortedatum", "gebdatum", "gebdat", "geboren", "datumgeboorte", "birthdate", "dateofbirth"]),
        ("registeredAt", [
            "datumaanmelding", "aanmelddatum", "datumaangemeld", "datummelding", "meldingsdatum", "inschrijfdatum", "startdatum",
            "registratiedatum",
        ]),
    ]
    static let gender = ["geslacht", "gender", "sekse"]
    static let referralSource = ["aanmelder", "verwijzer", "aangemelddoor", "verwezendoor", "melder", "bron", "doorverwijzer"]
    static let problemAreas = ["problematiek", "problemen", "leefgebieden", "leefgebied", "hulpvraag"]
    static let neighbourhood = ["buurtcode", "cbsbuurtcode", "buurt", "wijk", "wijkcode"]
    static let forensic = ["justitieclient", "forensisch", "forensischetitel", "justitie"]
    static let household = ["huishoudnummer", "huishoudennummer", "huishouden", "gezinsnummer", "gezin", "huishoudid"]
}

/// Value maps proposed for codes: folded legacy words → Buurtkracht values.
enum ValueMaps {
    static let gender = ["M": "male", "Man": "male", "V": "female", "Vrouw": "female", "O": "other", "X": "other", "Anders": "other", "Onbekend": "other"]

    static let referralSource: [(String, String)] = [
        ("politie", "police"), ("wijkagent", "police"), ("maatschappelijk", "socialWork"), ("amw", "socialWork"),
        ("huisarts", "generalPractitioner"), ("woning", "housingCorporation"), ("corporatie", "housingCorporation"),
        ("ggz", "mentalHealthCare"), ("reclassering", "justice"), ("justitie", "justice"), ("buur", "neighbour"),
        ("kennis", "neighbour"), ("outreach", "outreachWorker"), ("straat", "outreachWorker"), ("ervaring", "outreachWorker"),
        ("zelf", "selfReferral"), ("eigen", "selfReferral"),
    ]

    static let lifeDomain: [(String, String)] = [
        ("schuld", "finances"), ("financ", "finances"), ("geld", "finances"), ("werk", "workAndEducation"),
        ("opleiding", "workAndEducation"), ("dagbesteding", "timeUse"), ("tijdsbesteding", "timeUse"), ("huisvest", "housing"),
        ("dakloos", "housing"), ("wonen", "housing"), ("huiselijk", "domesticRelations"), ("relatie", "domesticRelations"),
        ("psych", "mentalHealth"), ("ggz", "mentalHealth"), ("geestelijk", "mentalHealth"), ("lichamelijk", "physicalHealth"),
        ("gezondheid", "physicalHealth"), ("verslav", "substanceUse"), ("middelen", "substanceUse"), ("alcohol", "substanceUse"),
        ("drugs", "substanceUse"), ("adl", "basicDailyLiving"), ("zelfzorg", "basicDailyLiving"), ("huishoud", "instrumentalDailyLiving"),
        ("eenzaam", "socialNetwork"), ("isolement", "socialNetwork"), ("netwerk", "socialNetwork"), ("participatie", "communityParticipation"),
        ("justitie", "justice"), ("detentie", "justice"),
    ]

    /// The value whose word the folded text contains.
    static func match(_ folded: String, in words: [(String, String)]) -> String? {
        words.first { folded.contains($0.0) }?.1
    }

    /// A value map for the distinct values seen, with a catch-all when `fallback` is given.
    static func propose(_ values: [String], from words: [(String, String)], fallback: String?) -> [String: String] {
        var map: [String: String] = [:]
        for value in Set(values) {
            if let target = match(BoundField.fold(value), in: words) { map[value] = target }
        }
        if let fallback { map["*"] = fallback }
        return map
    }
}

/// Reads a date column's format off its values.
enum DateFormatGuess {
    static let candidates = [
        "dd-MM-yyyy", "d-M-yyyy", "dd-MM-yy", "d-M-yy", "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "yyyyMMdd",
        "dd-MM-yyyy HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "dd-MM-yyyy HH:mm",
    ]

    /// The fewest formats, in order, that read at least 95% of the values (ISO when none do).
    static func formats(for values: [String]) -> [String] {
        let values = values.filter { !ImportMapping.defaultUnknownValues.contains($0.lowercased()) }
        guard !values.isEmpty else { return ["dd-MM-yyyy"] }
        var chosen: [String] = []
        var remaining = values
        while !remaining.isEmpty, chosen.count < 3 {
            let best = candidates.filter { !chosen.contains($0) }.max { share(of: remaining, in: [$0]) < share(of: remaining, in: [$1]) }
            guard let best, share(of: remaining, in: [best]) > 0 else { break }
            chosen.append(best)
            remaining = remaining.filter { share(of: [$0], in: chosen) == 0 }
            if Double(values.count - remaining.count) >= Double(values.count) * 0.95 { break }
        }
        return chosen.isEmpty ? ["yyyy-MM-dd"] : chosen
    }

    /// The share of `values` that have one of `formats` (real days or not).
    static func share(of values: [String], in formats: [String]) -> Double {
        guard !values.isEmpty else { return 0 }
        let parsed = formats.compactMap(DateFormat.init)
        let matching = values.filter { value in
            var bytes = Array(value.utf8)
            return bytes.withUnsafeMutableBufferPointer { buffer in
                parsed.contains { $0.parse(UnsafeBufferPointer(buffer), currentYear: 2100) != .mismatch }
            }
        }
        return Double(matching.count) / Double(values.count)
    }
}
