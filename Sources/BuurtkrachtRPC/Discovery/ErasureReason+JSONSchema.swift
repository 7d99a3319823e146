public import Buurtkracht

extension ErasureReason: JSONSchemaProviding {
    /// A code of 1–64 letters, digits, `-`, `_` or `.`.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        JSONSchema(
            type: "string", pattern: "^[A-Za-z0-9._-]{1,64}$",
            description: "The legal ground for an erasure, as a code: subjectRequest, retentionExpired, unlawfulProcessing, consentWithdrawn, or your own."
        )
    }

    /// `subjectRequest`.
    public static var schemaPlaceholder: ErasureReason { .subjectRequest }
}
