public import Buurtkracht

extension Identifier: JSONSchemaProviding {
    /// A non-empty string: the entity's opaque id.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        JSONSchema(type: "string", minLength: 1, description: "A \(JSONSchemaBuilder.name(of: Entity.self)) id.")
    }

    /// `"id"`.
    public static var schemaPlaceholder: Identifier<Entity> { Identifier("id") }
}

extension BSN: JSONSchemaProviding {
    /// Nine digits (or eight, a lost leading zero) passing the eleven test.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        JSONSchema(type: "string", pattern: "^[0-9]{8,9}$", description: "A BSN: nine digits that pass the eleven test.")
    }

    /// A valid test BSN.
    public static var schemaPlaceholder: BSN { get throws { try BSN("111222333") } }
}

extension Postcode: JSONSchemaProviding {
    /// Four digits (not starting with 0) and two letters, with or without a space.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        JSONSchema(type: "string", pattern: "^[1-9][0-9]{3} ?[A-Za-z]{2}$", description: "A Dutch postcode, like 2262AB.")
    }

    /// `1234AB`.
    public static var schemaPlaceholder: Postcode { get throws { try Postcode("1234AB") } }
}

extension NeighbourhoodCode: JSONSchemaProviding {
    /// `BU` and eight digits.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema { areaCodeSchema(Self.self) }

    /// `BU00000000`.
    public static var schemaPlaceholder: NeighbourhoodCode { get throws { try NeighbourhoodCode("BU00000000") } }
}

extension DistrictCode: JSONSchemaProviding {
    /// `WK` and six digits.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema { areaCodeSchema(Self.self) }

    /// `WK000000`.
    public static var schemaPlaceholder: DistrictCode { get throws { try DistrictCode("WK000000") } }
}

extension MunicipalityCode: JSONSchemaProviding {
    /// `GM` and four digits.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema { areaCodeSchema(Self.self) }

    /// `GM0000`.
    public static var schemaPlaceholder: MunicipalityCode { get throws { try MunicipalityCode("GM0000") } }
}

/// The schema of a CBS area code: its prefix and digit count.
func areaCodeSchema<Code: AreaCode>(_ type: Code.Type) -> JSONSchema {
    JSONSchema(
        type: "string",
        pattern: "^\(Code.prefix)[0-9]{\(Code.digitCount)}$",
        description: "A CBS \(Code.areaName) code: \(Code.prefix) and \(Code.digitCount) digits."
    )
}

extension CalendarDate: JSONSchemaProviding {
    /// `yyyy-MM-dd`.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        JSONSchema(type: "string", format: "date")
    }

    /// 1970-01-01.
    public static var schemaPlaceholder: CalendarDate { CalendarDate(daysSinceEpoch: 0) }
}

extension SelfHelpGroup.Enrolment.Placement: JSONSchemaProviding {
    /// `member` or `waitingList`.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        .enumeration([Self.member.rawValue, Self.waitingList.rawValue])
    }

    /// `member`.
    public static var schemaPlaceholder: Self { .member }

    /// `SelfHelpGroup.Enrolment.Placement`.
    public static var schemaName: String? { JSONSchemaBuilder.name(of: Self.self) }
}
