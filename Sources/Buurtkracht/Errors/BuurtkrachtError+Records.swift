extension BuurtkrachtError {
    /// A record of `kind` with `id` does not exist.
    public static func notFound(_ kind: RecordKind, id: String) -> BuurtkrachtError {
        BuurtkrachtError(
            code: .notFound,
            message: "No \(kind.displayName) with id \(id) exists. Check the id, or list the records to find it.",
            context: ["record": kind.rawValue, "id": id]
        )
    }

    /// A record of `kind` with `id` exists already.
    public static func alreadyExists(_ kind: RecordKind, id: String) -> BuurtkrachtError {
        BuurtkrachtError(
            code: .alreadyExists,
            message: "A \(kind.displayName) with id \(id) exists already. Use a new id, or update the existing record.",
            context: ["record": kind.rawValue, "id": id]
        )
    }

    /// A required field is missing or empty.
    public static func missingField(_ field: String, in kind: RecordKind) -> BuurtkrachtError {
        BuurtkrachtError(
            code: .missingField,
            message: "The field '\(field)' of a \(kind.displayName) is required. Give it a non-empty value.",
            context: ["record": kind.rawValue, "field": field]
        )
    }

    /// A field's value breaks a rule; `rule` says which, without repeating the value.
    public static func invalidValue(_ field: String, in kind: RecordKind, rule: String) -> BuurtkrachtError {
        BuurtkrachtError(
            code: .invalidValue,
            message: "The field '\(field)' of a \(kind.displayName) is invalid: \(rule)",
            context: ["record": kind.rawValue, "field": field]
        )
    }

    /// A write was attempted inside a read transaction.
    public static var readOnlyTransaction: BuurtkrachtError {
        BuurtkrachtError(
            code: .readOnlyTransaction,
            message: "This transaction is read-only. Make the change inside `storage.write { … }` instead of `read`."
        )
    }
}
