import Buurtkracht

/// Turns the optional `bsn` and `externalID` params of `clients.find` into the core's
/// ``Buurtkracht/ClientLookup``.
enum ClientLookupParameter {
    /// The lookup, when exactly one of the two is given.
    ///
    /// - Throws: -32602 naming the params when none or both are given.
    static func lookup(bsn: BSN?, externalID: ExternalID?) throws(RPCError) -> ClientLookup {
        switch (bsn, externalID) {
        case (let bsn?, nil): return .bsn(bsn)
        case (nil, let externalID?): return .externalID(externalID)
        default: throw RPCError.invalidParams(field: "params", reason: "needs exactly one of 'bsn' and 'externalID'")
        }
    }
}
