/// The SQL text for one table, made once from its column list.
///
/// Parameters are numbered in column order (`?1` is the key), so one binding of a record
/// serves both the insert and the update:
///
/// ```sql
/// INSERT INTO household (id, street, …) VALUES (?1, ?2, …)
/// UPDATE household SET street = ?2, … WHERE id = ?1
/// ```
struct TableSQL: Sendable {
    /// The table's name.
    let table: String
    /// The columns in bind and read order; the first is the key.
    let columns: [String]
    /// `SELECT <columns> FROM <table>`, to which a WHERE clause and an ORDER BY are added.
    let select: String
    /// The record with a key.
    let selectByKey: String
    /// Whether a record with a key exists.
    let exists: String
    /// Adds a record.
    let insert: String
    /// Replaces a record's columns, the key aside.
    let update: String
    /// Removes a record by key.
    let delete: String

    /// Makes the SQL for `table` with `columns`, the key first.
    init(table: String, columns: [String]) {
        self.table = table
        self.columns = columns
        let key = columns[0]
        select = "SELECT \(columns.map { "\(table).\($0)" }.joined(separator: ", ")) FROM \(table)"
        selectByKey = select + " WHERE \(key) = ?"
        exists = "SELECT 1 FROM \(table) WHERE \(key) = ?"
        let placeholders = columns.indices.map { "?\($0 + 1)" }.joined(separator: ", ")
        insert = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))"
        let assignments = columns.indices.dropFirst().map { "\(columns[$0]) = ?\($0 + 1)" }
        update = "UPDATE \(table) SET \(assignments.joined(separator: ", ")) WHERE \(key) = ?1"
        delete = "DELETE FROM \(table) WHERE \(key) = ?"
    }
}
