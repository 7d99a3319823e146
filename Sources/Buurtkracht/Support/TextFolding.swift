import Foundation

/// Folds text for matching: lower case, diacritics removed, letters and digits only.
enum TextFolding {
    static func fold(_ text: String) -> String {
        // ASCII text (most addresses and names) folds to its lower-case letters and digits; the
        // Unicode path below gives the same result, at many times the cost.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                default: break
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
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
