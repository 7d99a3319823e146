extension ImportDiagnostic {
    /// A stable, machine-readable diagnostic code. The set is open: new codes may be added,
    /// existing ones never change meaning. `Documentation/Import.md` lists every code with an example.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
        /// The code's text.
        public let rawValue: String

        /// Creates a code from its text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// Decodes the code's text.
        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        /// Encodes the code's text.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// The code's text.
        public var description: String { rawValue }

        /// Orders codes by their text, for stable reports.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

        // MARK: The file

        /// The row cannot be read reliably: broken quoting, a wrong number of fields, a line that
        /// is not JSON, a record too large.
        public static let malformedRow = Code(rawValue: "malformedRow")
        /// The row holds bytes that are not valid in the file's encoding.
        public static let encoding = Code(rawValue: "encoding")
        /// A quote was repaired while reading (warning).
        public static let repairedQuote = Code(rawValue: "repairedQuote")
        /// The file may mix encodings (warning).
        public static let mixedEncoding = Code(rawValue: "mixedEncoding")

        // MARK: The legacy id

        /// The record-id column is empty.
        public static let blankLegacyID = Code(rawValue: "blankLegacyID")
        /// The legacy id matches more than one existing record.
        public static let ambiguousLegacyID = Code(rawValue: "ambiguousLegacyID")
        /// The legacy id occurs on an earlier row of the same file.
        public static let duplicateLegacyID = Code(rawValue: "duplicateLegacyID")

        // MARK: Values

        /// A BSN that is not 9 digits (8 with a lost leading zero) or fails the eleven test.
        public static let invalidBSN = Code(rawValue: "invalidBSN")
        /// A date that is present but not a real date, or not in the declared format.
        public static let invalidDate = Code(rawValue: "invalidDate")
        /// A postcode that is not four digits and two letters.
        public static let invalidPostcode = Code(rawValue: "invalidPostcode")
        /// A CBS neighbourhood code that is not `BU` and eight digits.
        public static let invalidNeighbourhoodCode = Code(rawValue: "invalidNeighbourhoodCode")
        /// A client without a family name.
        public static let missingFamilyName = Code(rawValue: "missingFamilyName")
        /// Another required value is empty.
        public static let missingValue = Code(rawValue: "missingValue")
        /// A value the mapping's value map does not list.
        public static let unmappedValue = Code(rawValue: "unmappedValue")
        /// A value of the wrong kind (text where a yes/no is declared, a number where text is required).
        public static let invalidValue = Code(rawValue: "invalidValue")

        // MARK: Records

        /// A reference to a record that does not exist (a signal's client, a plan's coordinator, a group).
        public static let unknownReference = Code(rawValue: "unknownReference")
        /// The BSN belongs to more than one existing client that could be this person.
        public static let ambiguousBSN = Code(rawValue: "ambiguousBSN")
        /// `--strategy create`, and the record exists with other values.
        public static let recordExists = Code(rawValue: "recordExists")
        /// `--strategy update`, and the record does not exist.
        public static let recordNotFound = Code(rawValue: "recordNotFound")
        /// The store refused the row's change.
        public static let writeFailed = Code(rawValue: "writeFailed")
        /// The row was imported, and an existing client has the same BSN, or the same name, birth
        /// date and postcode: listed for a person to decide, never merged (warning).
        public static let possibleDuplicate = Code(rawValue: "possibleDuplicate")
    }
}
