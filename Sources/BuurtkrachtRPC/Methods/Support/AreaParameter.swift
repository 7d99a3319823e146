public import Buurtkracht

/// An area given as one CBS code — `BU…` (neighbourhood), `WK…` (district) or `GM…`
/// (municipality) — read into the core's ``Buurtkracht/AreaFilter``.
public struct AreaParameter: Codable, Sendable, Hashable, JSONSchemaProviding {
    /// The area.
    public var filter: AreaFilter

    /// Wraps an area.
    public init(_ filter: AreaFilter) {
        self.filter = filter
    }

    /// Reads the code; its prefix says which kind of area it is.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        switch text.prefix(2).uppercased() {
        case NeighbourhoodCode.prefix: filter = .neighbourhood(try Self.code(text, container))
        case DistrictCode.prefix: filter = .district(try Self.code(text, container))
        case MunicipalityCode.prefix: filter = .municipality(try Self.code(text, container))
        default:
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "An area is a CBS code starting with BU, WK or GM."
            )
        }
    }

    /// Writes the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch filter {
        case .neighbourhood(let code): try container.encode(code.rawValue)
        case .district(let code): try container.encode(code.rawValue)
        case .municipality(let code): try container.encode(code.rawValue)
        }
    }

    /// One of the three code forms.
    public static func jsonSchema(in builder: JSONSchemaBuilder) throws -> JSONSchema {
        JSONSchema(
            oneOf: [areaCodeSchema(NeighbourhoodCode.self), areaCodeSchema(DistrictCode.self), areaCodeSchema(MunicipalityCode.self)]
        )
    }

    /// Municipality `GM0000`.
    public static var schemaPlaceholder: AreaParameter {
        get throws { AreaParameter(.municipality(try MunicipalityCode("GM0000"))) }
    }

    private static func code<Code: AreaCode>(_ text: String, _ container: any SingleValueDecodingContainer) throws -> Code {
        do {
            return try Code(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }
}
