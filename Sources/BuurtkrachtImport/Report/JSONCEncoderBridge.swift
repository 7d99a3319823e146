import BuurtkrachtJSON

/// Encodes with the project's json-c layer.
enum JSONCEncoderBridge {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        try JSONCEncoder().encode(value)
    }
}
