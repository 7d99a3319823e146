extension Tie {
    /// Who is at the other end of a tie.
    ///
    /// Encoded as `{"kind": "person", "name": "…", "relation": "family"}`,
    /// `{"kind": "volunteer", "id": "…", "relation": "buddy"}`,
    /// `{"kind": "professional", "id": "…"}` or `{"kind": "partner", "id": "…"}`.
    public enum Counterpart: Hashable, Sendable, Codable {
        /// A person from the informal network who is not registered as a volunteer.
        case person(name: String, relation: InformalRelation)
        /// A registered volunteer, as volunteer or as buddy (*maatje*).
        case volunteer(Volunteer.ID, relation: InformalRelation)
        /// A partner's professional.
        case professional(Professional.ID)
        /// A partner organisation as a whole.
        case partner(Partner.ID)

        /// Informal or professional.
        public var kind: Tie.Kind {
            switch self {
            case .person, .volunteer: .informal
            case .professional, .partner: .professional
            }
        }

        /// The informal relation, for informal counterparts.
        public var relation: InformalRelation? {
            switch self {
            case .person(_, let relation), .volunteer(_, let relation): relation
            case .professional, .partner: nil
            }
        }

        private enum CodingKeys: String, CodingKey { case kind, id, name, relation }
        private enum Tag: String, Codable { case person, volunteer, professional, partner }

        /// Decodes the `kind`-tagged form.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            switch try container.decode(Tag.self, forKey: .kind) {
            case .person:
                self = .person(
                    name: try container.decode(String.self, forKey: .name),
                    relation: try container.decode(InformalRelation.self, forKey: .relation)
                )
            case .volunteer:
                self = .volunteer(
                    try container.decode(Volunteer.ID.self, forKey: .id),
                    relation: try container.decodeIfPresent(InformalRelation.self, forKey: .relation) ?? .volunteer
                )
            case .professional: self = .professional(try container.decode(Professional.ID.self, forKey: .id))
            case .partner: self = .partner(try container.decode(Partner.ID.self, forKey: .id))
            }
        }

        /// Encodes the `kind`-tagged form.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .person(let name, let relation):
                try container.encode(Tag.person, forKey: .kind)
                try container.encode(name, forKey: .name)
                try container.encode(relation, forKey: .relation)
            case .volunteer(let id, let relation):
                try container.encode(Tag.volunteer, forKey: .kind)
                try container.encode(id, forKey: .id)
                try container.encode(relation, forKey: .relation)
            case .professional(let id):
                try container.encode(Tag.professional, forKey: .kind)
                try container.encode(id, forKey: .id)
            case .partner(let id):
                try container.encode(Tag.partner, forKey: .kind)
                try container.encode(id, forKey: .id)
            }
        }
    }
}
