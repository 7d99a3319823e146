/// The made-up residents of the demo neighbourhood: names, birth years, addresses and what
/// is going on. Nothing here is about a real person.
enum DemoResidents {
    struct Resident {
        let given: String
        let prefix: String?
        let family: String
        let birth: (Int, Int, Int)
        let street: String
        let number: String
        let postcode: String
        let area: Int
        let problems: [String]
        let forensic: Bool
    }

    static let all: [Resident] = [
        Resident(given: "Kees", prefix: nil, family: "Jansen", birth: (1958, 3, 2), street: "Molenlaan", number: "4", postcode: "2262AA", area: 0, problems: ["finances", "housing"], forensic: false),
        Resident(given: "Fatima", prefix: nil, family: "El Amrani", birth: (1979, 5, 14), street: "Molenlaan", number: "17", postcode: "2262AA", area: 0, problems: ["finances"], forensic: false),
        Resident(given: "Henk", prefix: "de", family: "Vries", birth: (1947, 11, 30), street: "Vlietweg", number: "2", postcode: "2262AB", area: 0, problems: ["socialNetwork", "physicalHealth"], forensic: false),
        Resident(given: "Ria", prefix: "de", family: "Vries", birth: (1950, 1, 9), street: "Vlietweg", number: "2", postcode: "2262AB", area: 0, problems: ["socialNetwork"], forensic: false),
        Resident(given: "Mehmet", prefix: nil, family: "Yilmaz", birth: (1985, 7, 21), street: "Vlietweg", number: "31", postcode: "2262AB", area: 0, problems: ["workAndEducation", "finances"], forensic: false),
        Resident(given: "Sandra", prefix: nil, family: "Bakker", birth: (1990, 2, 27), street: "Kerkstraat", number: "8", postcode: "2262AC", area: 0, problems: ["mentalHealth", "domesticRelations"], forensic: false),
        Resident(given: "Dennis", prefix: nil, family: "Bakker", birth: (2008, 6, 3), street: "Kerkstraat", number: "8", postcode: "2262AC", area: 0, problems: ["workAndEducation"], forensic: false),
        Resident(given: "Johan", prefix: nil, family: "Visser", birth: (1971, 9, 12), street: "Kerkstraat", number: "23", postcode: "2262AC", area: 0, problems: ["substanceUse", "justice", "housing"], forensic: true),
        Resident(given: "Anneke", prefix: nil, family: "Smit", birth: (1939, 4, 18), street: "Kerkstraat", number: "41", postcode: "2262AC", area: 0, problems: ["socialNetwork", "basicDailyLiving"], forensic: false),
        Resident(given: "Rachid", prefix: nil, family: "Bouzid", birth: (1968, 10, 1), street: "Prins Bernhardlaan", number: "5", postcode: "2262AD", area: 0, problems: ["finances", "physicalHealth"], forensic: false),
        Resident(given: "Gerda", prefix: nil, family: "Meijer", birth: (1955, 12, 24), street: "Prins Bernhardlaan", number: "12", postcode: "2262AD", area: 0, problems: ["instrumentalDailyLiving", "housing"], forensic: false),
        Resident(given: "Tom", prefix: "de", family: "Boer", birth: (1982, 8, 8), street: "Prins Bernhardlaan", number: "19", postcode: "2262AD", area: 0, problems: ["substanceUse"], forensic: false),
        Resident(given: "Ilse", prefix: nil, family: "Mulder", birth: (1993, 3, 15), street: "Schaepmanlaan", number: "3", postcode: "2262AE", area: 0, problems: ["finances", "timeUse"], forensic: false),
        Resident(given: "Piet", prefix: "de", family: "Groot", birth: (1944, 7, 7), street: "Schaepmanlaan", number: "11", postcode: "2262AE", area: 0, problems: ["socialNetwork"], forensic: false),
        Resident(given: "Marco", prefix: nil, family: "Bos", birth: (1976, 1, 30), street: "Schaepmanlaan", number: "26", postcode: "2262AE", area: 0, problems: ["justice", "workAndEducation"], forensic: true),
        Resident(given: "Ayşe", prefix: nil, family: "Kaya", birth: (1988, 11, 2), street: "Banninglaan", number: "6", postcode: "2262AG", area: 0, problems: ["finances", "domesticRelations"], forensic: false),
        Resident(given: "Wilma", prefix: nil, family: "Vos", birth: (1962, 5, 5), street: "Banninglaan", number: "14", postcode: "2262AG", area: 0, problems: ["mentalHealth"], forensic: false),
        Resident(given: "Stefan", prefix: nil, family: "Peters", birth: (1998, 9, 19), street: "Banninglaan", number: "22", postcode: "2262AG", area: 0, problems: ["communityParticipation", "timeUse"], forensic: false),
        Resident(given: "Truus", prefix: "van", family: "Leeuwen", birth: (1936, 2, 11), street: "Banninglaan", number: "30", postcode: "2262AG", area: 0, problems: ["socialNetwork", "physicalHealth"], forensic: false),
        Resident(given: "Ramon", prefix: nil, family: "Pinas", birth: (1980, 4, 4), street: "Damlaan", number: "9", postcode: "2263BA", area: 1, problems: ["finances", "housing"], forensic: false),
        Resident(given: "Linda", prefix: nil, family: "Dekker", birth: (1975, 6, 16), street: "Damlaan", number: "15", postcode: "2263BA", area: 1, problems: ["mentalHealth", "socialNetwork"], forensic: false),
        Resident(given: "Bas", prefix: nil, family: "Brouwer", birth: (1991, 10, 10), street: "Damlaan", number: "40", postcode: "2263BA", area: 1, problems: ["substanceUse", "finances"], forensic: false),
        Resident(given: "Ans", prefix: "de", family: "Wit", birth: (1949, 8, 29), street: "Oude Trambaan", number: "2", postcode: "2265CA", area: 2, problems: ["socialNetwork"], forensic: false),
        Resident(given: "Khanh", prefix: nil, family: "Nguyen", birth: (1984, 12, 12), street: "Oude Trambaan", number: "18", postcode: "2265CA", area: 2, problems: ["workAndEducation"], forensic: false),
        Resident(given: "Marta", prefix: nil, family: "Kowalska", birth: (1987, 3, 3), street: "Oude Trambaan", number: "27", postcode: "2265CA", area: 2, problems: ["finances", "housing"], forensic: false),
        Resident(given: "Jeroen", prefix: "van", family: "Dijk", birth: (1966, 7, 25), street: "Molenlaan", number: "33", postcode: "2262AA", area: 0, problems: ["finances", "mentalHealth"], forensic: false),
        Resident(given: "Nicole", prefix: nil, family: "Vermeulen", birth: (1983, 1, 20), street: "Molenlaan", number: "48", postcode: "2262AA", area: 0, problems: ["domesticRelations"], forensic: false),
        Resident(given: "Erik", prefix: nil, family: "Hendriks", birth: (1959, 5, 31), street: "Vlietweg", number: "44", postcode: "2262AB", area: 0, problems: ["substanceUse", "socialNetwork"], forensic: false),
        Resident(given: "Priya", prefix: nil, family: "Ramdin", birth: (1995, 2, 14), street: "Kerkstraat", number: "55", postcode: "2262AC", area: 0, problems: ["finances"], forensic: false),
        Resident(given: "Hans", prefix: "van der", family: "Meer", birth: (1952, 10, 17), street: "Prins Bernhardlaan", number: "37", postcode: "2262AD", area: 0, problems: ["socialNetwork", "housing"], forensic: false),
    ]

    /// A made-up BSN that passes the eleven test, derived from a number.
    static func bsn(_ seed: Int) -> String? {
        var digits = String(100_000_00 + (seed * 7_919) % 89_999_999).map { Int(String($0)) ?? 0 }
        digits = Array(digits.prefix(8))
        var sum = 0
        for (index, digit) in digits.enumerated() { sum += (9 - index) * digit }
        let check = sum % 11
        guard check < 10 else { return nil }
        return (digits + [check]).map(String.init).joined()
    }
}
