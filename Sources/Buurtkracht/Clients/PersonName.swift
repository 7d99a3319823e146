/// A Dutch person's name: given names, the family-name prefix (*tussenvoegsel*) and the family name.
///
/// ```swift
/// let name = PersonName(givenNames: "Jan Willem", prefix: "van der", familyName: "Berg")
/// name.formatted   // "Jan Willem van der Berg"
/// ```
///
/// A name is personal data: it never appears in errors or logs.
public struct PersonName: Hashable, Sendable, Codable {
    /// Given names (*voornamen*), when known.
    public var givenNames: String?
    /// The prefix of the family name (*tussenvoegsel*), like `"van der"`.
    public var prefix: String?
    /// The family name (*achternaam*). Required.
    public var familyName: String

    /// Creates a name.
    public init(givenNames: String? = nil, prefix: String? = nil, familyName: String) {
        self.givenNames = givenNames
        self.prefix = prefix
        self.familyName = familyName
    }

    /// The name as it is written: given names, prefix and family name.
    public var formatted: String {
        [givenNames, prefix, familyName]
            .compactMap { $0?.trimmingSpaces }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// A folded form for finding possible duplicates: family name first, lower case,
    /// letters only, without diacritics (`"Ëlla  de Vries"` and `"ella de vries"` match).
    public var matchKey: String {
        TextFolding.fold([prefix, familyName, givenNames].compactMap { $0 }.joined(separator: " "))
    }
}
