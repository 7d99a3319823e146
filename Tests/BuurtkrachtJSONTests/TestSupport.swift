import BuurtkrachtJSON
import Foundation

/// UTF-8 bytes of a string literal.
func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

/// Encodes with JSONCEncoder and returns the text.
func encodedText<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try JSONCEncoder().encode(value), as: UTF8.self)
}

/// Runs `body` and returns the JSONError it throws (nil if it does not throw one).
func jsonError(_ body: () throws -> Void) -> JSONError? {
    do {
        try body()
        return nil
    } catch let error as JSONError {
        return error
    } catch {
        return nil
    }
}

/// Runs `body` and returns the DecodingError it throws (nil if it does not throw one).
func decodingError(_ body: () throws -> Void) -> DecodingError? {
    do {
        try body()
        return nil
    } catch let error as DecodingError {
        return error
    } catch {
        return nil
    }
}

/// Dotted path of a DecodingError's context (plus the missing key for keyNotFound).
func path(of error: DecodingError?) -> String? {
    error.map { DecodingErrorSummary($0).field }
}
