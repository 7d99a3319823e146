import Foundation

/// Folds text for matching: lower case, diacritics removed, letters and digits only.
enum TextFolding {
    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(
            String.UnicodeScalarView(
                folded.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            )
        )
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }

    /// Whether the text is empty or only spaces and tabs.
    var isBlank: Bool { trimmingSpaces.isEmpty }
}
