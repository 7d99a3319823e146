extension Array {
    /// The array cut into consecutive parts of at most `limit` elements, each padded to a
    /// power of two (at least 8, at most `limit`) by repeating its last element.
    ///
    /// For `IN (?, …)` lists and `OR` chains made from many values: GRDB keeps every distinct
    /// SQL text's prepared statement for the life of the connection, so a list as long as its
    /// values would leave a new statement behind for almost every batch of a long import — its
    /// memory grew with the file. Padded parts have a handful of shapes; a repeated value
    /// matches nothing new.
    ///
    /// ```swift
    /// Array(1...10).paddedChunks(8)  // [[1, …, 8], [9, 10, 10, 10, 10, 10, 10, 10]]
    /// ```
    func paddedChunks(_ limit: Int) -> [[Element]] {
        stride(from: 0, to: count, by: limit).map { start in
            var part = Array(self[start..<Swift.min(count, start + limit)])
            var size = 8
            while size < part.count { size *= 2 }
            if let last = part.last { part += repeatElement(last, count: Swift.min(size, limit) - part.count) }
            return part
        }
    }
}
